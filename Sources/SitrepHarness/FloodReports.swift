/// Two outlets' reports of one flood, made up for tests of figures across sources: the tolls differ (at least 12
/// killed, says the governor; 15, say the police), and each report has figures of its own (a range of destroyed
/// homes, evacuated families and residents).
public enum FloodReports {
    /// The two files: their names and texts.
    public static let files: [(name: String, text: String)] = {
        let story = """
            The flood on the Kalva river hit the towns of Merin and Dorsk on Tuesday night, and rescue crews from the \
            regional capital worked through the night along the Kalva embankment to reach villages cut off by the water.
            """
        let wire = """
            Kalva flood: toll rises in Merin

            \(story)

            At least 12 people were killed in Merin on Tuesday, the regional governor Ivo Horvat said.

            Between 40 and 60 homes were destroyed in Dorsk, and dozens of families were evacuated.

            """
        let daily = """
            Kalva river flood kills villagers in Merin

            \(story)

            Police said 15 people were killed in Merin and 200 residents were evacuated.

            """
        return [("a-wire.txt", wire), ("b-daily.txt", daily)]
    }()
}
