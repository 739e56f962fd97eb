@testable import CableGraphCore

/// Reads a header excerpt the way `cablegraph parse -` does: as a fragment, with the creation
/// year and the cable id given from outside.
func metadata(_ text: String, year: Int? = nil, id: String? = nil) -> CableMetadata {
    let options = ReadOptions(year: year, id: id, allowFragments: true)
    switch CableReader.read(Array(text.utf8), path: "-", options: options) {
    case .success(let document): return document.metadata
    case .failure: return CableMetadata()
    }
}
