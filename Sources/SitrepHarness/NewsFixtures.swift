/// Invented news texts that tests of several modules read: one definition each, so the store, the reader and the
/// command line are tested on the same text.
public enum NewsFixtures {
    /// Two stories in one file: found as two articles (lines 1-7 and 9-11), one when the file is kept whole.
    public static let twoStories = """
        Storm closes harbour for a second day

        The port authority kept the harbour closed on Tuesday as the storm drove waves of eight metres onto the coast.

        Ferries stayed in port and fishing boats were moved to the inner basin, where the harbour master said they were safe.

        Forecasters expect the storm to ease on Wednesday, when the port authority will inspect the harbour walls.

        Council approves new school budget

        The city council approved the school budget on Monday after teachers and parents filled the chamber.

        """

    /// A plain file whose front matter names its outlet (Salon) and date (2015-01-26); its article is lines 5-7.
    public static let frontMatter = """
        ---
        source: Salon
        date: 2015-01-26
        ---
        Trump's wall is a fantasy

        The president said on Monday that the wall would be built, and critics said the plan was unworkable.

        """

    /// Two unrelated articles of one day and one description of speaker, each quoting "a federal judge" (outlets
    /// Harbour Times and Valley Post in their front matter): two unnamed speakers that only their articles tell apart.
    public static let twoJudges: [(name: String, text: String)] = [
        ("harbour.txt", """
            ---
            date: 2016-11-02
            outlet: Harbour Times
            ---
            Harbour fees rise again

            \u{201C}The port cannot carry these costs,\u{201D} a federal judge said on Monday.

            """),
        ("valley.txt", """
            ---
            date: 2016-11-02
            outlet: Valley Post
            ---
            School board election overturned

            \u{201C}The ballots were counted twice,\u{201D} a federal judge said in the ruling.

            """),
    ]
}
