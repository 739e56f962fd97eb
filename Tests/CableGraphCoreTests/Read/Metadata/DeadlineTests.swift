import Testing
@testable import CableGraphCore

@Suite struct DeadlineTests {
    @Test(arguments: [
        ("E.O. 12958: DECL: 11/03/2015", "2015-11-03"),
        ("EO 12958 DECL: 2020/02/23", "2020-02-23"),
        ("EO 12958: decl: 6/3/08", "2008-06-03"),
        ("DEPT FOR WHA/BSC E.O. 12958: DECL: 11/22/2012 ", "2012-11-22"),
        ("E.o. 12958: decl: 01/07/2014 Tags: prel, pgov, pins, tu", "2014-01-07"),
        ("E.O. 12958: DECL: DECL: 06/09/2016 \nTAGS: PREL", "2016-06-09"),
        ("E.0. 12958: DECL: 03/05/11 \nTAGS: PREL PGOV MOPS CG VT", "2011-03-05"),
    ])
    func readsEveryDateForm(_ text: String, _ expected: String) {
        #expect(metadata(text).nondisclosureDeadline == expected)
    }

    @Test(arguments: ["E.O. 12958: N/A", "E.O. 12958: DECL: X1, X5", "E.O. 12356: DECL:  OADR "])
    func givesNoDateWithoutOne(_ text: String) {
        #expect(metadata(text + "\nTAGS: PREL").nondisclosureDeadline == nil)
    }

    /// 08KABUL1064: a cut-off preview, then the full header with the date.
    @Test func readsTheDateFromALaterExecutiveOrderLine() {
        #expect(metadata("E.O. 12958: DECL...\n\nTAGS: PREL\n\nE.O. 12958: DECL: 04/24/2018 \nTAGS: PREL PTER ECON IR PK AF").nondisclosureDeadline == "2018-04-24")
    }

    @Test func rejectsImpossibleDates() {
        #expect(Deadline.parseDate(Array("13/45/2010".utf8), 0).0 == nil)
        #expect(Deadline.parseDate(Array("2/29/2012".utf8), 0).0 == "2012-02-29")
    }
}
