extension Gazetteer {
    /// The gazetteer built from the bundled data files (`Resources/Gazetteers`), loaded once.
    public static let standard: Gazetteer = Gazetteer()
}
