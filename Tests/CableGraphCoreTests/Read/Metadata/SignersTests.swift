import Testing
@testable import CableGraphCore

@Suite struct SignersTests {
    @Test(arguments: [
        ("APPEARS TO BE WAVERING.\nSTEIGMAN\nCONFIDENTIAL\n", "STEIGMAN"),
        ("RECENT MONTHS.\n\nSULLIVAN\n\nCONFIDENTIAL\n\nDeclassified/Released US Department of State EO Systematic\nReview 30 JUN 2006\n", "SULLIVAN"),
        ("CONDITIONS.  END COMMENT.\n\nBARTHOLOMEW\n\nNOTE BY OC/T:  HEADING AS RECEIVED.  CORRECTION TO FOLLOW.\n", "BARTHOLOMEW"),
        ("BUSINESS AS USUAL.\n\nGILLESPIE##\n", "GILLESPIE"),
        ("BE OVERTURNED.\n\nMCNAMARA.\n", "MCNAMARA"),
        ("21.  BEIRUT MINIMIZE CONSIDERED.  EAGLETON\n", "EAGLETON"),
        ("THIS REPORT.  END OF TEXT. BAKER\n\n\nUNCLASSIFIED\n", "BAKER"),
        ("(Drafted: PAS: Victoria Alvarado.)\nSHAPIRO\n\n\nNNNN\n\n      2004CARACA01540 - UNCLASSIFIED\n", "SHAPIRO"),
        ("sharing on operational matters. \n \nMurphy\n", "Murphy"),
        ("GAZA.\n\nDE PREE\n", "DE PREE"),
        ("HUN SEN'S HOTEL.\n\n\nO'DONOHUE\n", "O'DONOHUE"),
        ("RABTA FOR ILLICIT B/CW PRODUCTION. \nSEMBLER \n \n SECRET \n \n> \n 2002ROME01748 - Classification: SECRET\n", "SEMBLER"),
        ("normal life.\" SCOBEY\n", "SCOBEY"),
        ("Visit London's Classified Website: XXXXXXXXXXXX TUTTLE\n", "TUTTLE"),
        ("END COMMENT. SHANNON SHANNON\n", "SHANNON"),
    ])
    func findsTheClosingSurname(_ tail: String, _ expected: String) {
        #expect(Signers.find(Array(("1. Text of the cable.\n" + tail).utf8)) == [expected])
    }

    @Test(arguments: [
        "¶57. (U) The monthly inflation rate for March was 5.6 percent. The\n",
        "ONE SHOULD BE PREPARED.\n\nEND COMMENT.\n",
        "RICE AND\nAMEMBASSY TUNIS IMMEDIATE\n",
        "will consider Japanese participation. POST\n",
    ])
    func findsNoSignerInRunningTextOrAddresses(_ tail: String) {
        #expect(Signers.find(Array(tail.utf8)) == [])
    }
}
