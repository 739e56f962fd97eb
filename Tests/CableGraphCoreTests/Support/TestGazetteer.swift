import Foundation
@testable import CableGraphCore

/// A small gazetteer of real world facts, for rule tests that must not depend on the bundled data.
enum TestGazetteer {
    static let shared: Gazetteer = {
        var g = Gazetteer()
        func country(_ code: String, _ name: String, aliases: [String] = [], demonyms: [String] = []) {
            let t = GazetteerTarget(type: .country, key: "country:\(code)", name: name, scope: code)
            g.add(name, t)
            aliases.forEach { g.add($0, t) }
            var d = t
            d.demonym = true
            demonyms.forEach { g.add($0, d) }
        }
        country("CN", "China", aliases: ["PRC", "People's Republic of China"], demonyms: ["Chinese"])
        country("VN", "Vietnam", aliases: ["Viet Nam"], demonyms: ["Vietnamese"])
        country("MM", "Burma", aliases: ["Myanmar"], demonyms: ["Burmese"])
        country("KP", "North Korea", aliases: ["DPRK"], demonyms: ["North Korean"])
        country("RU", "Russia", aliases: ["Russian Federation"], demonyms: ["Russian"])
        country("MN", "Mongolia", demonyms: ["Mongolian"])
        country("TW", "Taiwan")
        country("TH", "Thailand", demonyms: ["Thai"])
        country("MY", "Malaysia")
        country("JP", "Japan", demonyms: ["Japanese"])
        country("KH", "Cambodia")
        country("US", "United States", aliases: ["U.S.", "USA", "United States of America"], demonyms: ["American"])
        country("GB", "United Kingdom", aliases: ["UK", "Britain"], demonyms: ["British"])
        country("BH", "Bahrain", demonyms: ["Bahraini"])
        country("BD", "Bangladesh", demonyms: ["Bangladeshi"])
        country("IS", "Iceland", demonyms: ["Icelandic"])
        country("CR", "Costa Rica", demonyms: ["Costa Rican"])
        country("GE", "Georgia", demonyms: ["Georgian"])
        country("IN", "India", demonyms: ["Indian"])
        country("PK", "Pakistan", demonyms: ["Pakistani"])
        country("NP", "Nepal", demonyms: ["Nepalese", "Nepali"])
        country("LK", "Sri Lanka", demonyms: ["Sri Lankan"])
        country("ID", "Indonesia", demonyms: ["Indonesian"])
        country("PH", "Philippines", aliases: ["the Philippines"], demonyms: ["Filipino", "Filipina"])
        country("TR", "Turkey", demonyms: ["Turkish"])
        country("AM", "Armenia", demonyms: ["Armenian"])
        func division(_ code: String, _ name: String, _ aliases: [String] = []) {
            let country = String(code.prefix(2))
            let t = GazetteerTarget(type: .province, key: "subdivision:\(code)", name: name, scope: country, parent: "country:\(country)")
            g.add(name, t)
            aliases.forEach { g.add($0, t) }
        }
        for (code, name) in [("CN-SC", "Sichuan"), ("CN-FJ", "Fujian"), ("CN-GD", "Guangdong"), ("CN-YN", "Yunnan"),
                             ("CN-GZ", "Guizhou"), ("CN-SX", "Shanxi"), ("CN-ZJ", "Zhejiang"), ("CN-BJ", "Beijing")] {
            division(code, name, ["\(name) Province"])
        }
        division("CN-GX", "Guangxi", ["Guangxi Zhuang Autonomous Region", "Guangxi Zhuang"])
        division("US-GA", "Georgia")
        func city(_ key: String, _ name: String, _ parent: String) {
            g.add(name, GazetteerTarget(type: .city, key: "city:\(key)", name: name, scope: String(parent.prefix(2)),
                                        parent: "subdivision:\(parent)"))
        }
        city("beijing", "Beijing", "CN-BJ")
        city("kunming", "Kunming", "CN-YN")
        city("reykjavik", "Reykjavik", "IS-1")
        city("moscow", "Moscow", "RU-MOW")
        city("hanoi", "Hanoi", "VN-HN")
        city("manama", "Manama", "BH-13")
        city("cairo", "Cairo", "EG-C")
        city("san-jose", "San Jose", "CR-SJ")
        city("bern", "Bern", "CH-BE")
        city("br-serra", "Serra", "BR-ES")
        func org(_ key: String, _ name: String, _ acronyms: [String] = [], _ aliases: [String] = [], scope: String = "INT") {
            let t = GazetteerTarget(type: .agency, key: "org:\(key)", name: name, scope: scope)
            g.add(name, t)
            (acronyms + aliases).forEach { g.add($0, t) }
        }
        org("iom", "International Organization for Migration", ["IOM"])
        org("ilo", "International Labor Organization", ["ILO"], ["International Labour Organization"])
        org("unhcr", "UNHCR", [], ["United Nations High Commissioner for Refugees"])
        org("unicef", "UNICEF", [], ["United Nations Children's Fund"])
        org("un", "United Nations", ["UN"])
        org("save-the-children", "Save the Children")
        org("commit", "Coordinated Mekong Ministerial Initiative against Trafficking", ["COMMIT"])
        org("dos", "Department of State", [], ["State Department"], scope: "US")
        func region(_ key: String, _ name: String) {
            g.add(name, GazetteerTarget(type: .region, key: "region:\(key)", name: name, scope: "INT"))
        }
        for name in ["Africa", "Asia", "Europe", "Latin America", "Middle East", "North America", "Southeast Asia"] {
            region(name.lowercased().replacingOccurrences(of: " ", with: "-"), name)
        }
        return g
    }()

    static func pipeline() -> Pipeline { Pipeline(gazetteer: shared) }
}

/// Reads cable text (a body excerpt is enough: it is wrapped in a minimal header).
enum TestCables {
    static func document(_ body: String, origin: String = "Embassy Beijing", id: String = "09TEST1") -> CableDocument {
        let text = "\(id)\nTEST CABLE\nFri Feb 27 00:00:00 +0100 2009\nUNCLASSIFIED\n\(origin)\nSUBJECT: TEST\n\n\(body)\n"
        switch CableReader.read(Array(text.utf8), path: "test.txt") {
        case .success(let d): return d
        case .failure(let f): fatalError("fixture did not parse: \(f)")
        }
    }

    static func sample() -> CableDocument {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("09BEIJING509.txt")
        let bytes = [UInt8](try! Data(contentsOf: url))
        switch CableReader.read(bytes, path: url.path) {
        case .success(let d): return d
        case .failure(let f): fatalError("sample did not parse: \(f)")
        }
    }
}
