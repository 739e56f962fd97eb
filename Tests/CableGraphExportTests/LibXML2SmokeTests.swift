import CLibXML2
import Testing
@testable import CableGraphExport

@Suite struct LibXML2SmokeTests {
    @Test func linkedLibraryReportsAVersion() {
        #expect(Int(LibXML2.version) ?? 0 >= 20900)
    }

    @Test func parsesWhatItIsGiven() {
        let xml = "<a><b>x &amp; y</b></a>"
        let doc = xml.withCString { xmlReadMemory($0, Int32(xml.utf8.count), "smoke.xml", "UTF-8", 0) }
        #expect(doc != nil)
        if let doc {
            let root = xmlDocGetRootElement(doc)
            #expect(root.map { String(cString: $0.pointee.name) } == "a")
            xmlFreeDoc(doc)
        }
    }
}
