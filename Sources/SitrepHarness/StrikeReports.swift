/// Two outlets' reports of one missile strike on one day, made up for tests of what links a story's segments: they
/// share the city and the governor's name, the toll (three killed) and a quotation, word for word; a third file
/// is a brief on another subject the same day.
public enum StrikeReports {
    /// The three files: their names and texts (with the outlet and date as front matter).
    public static let files: [(name: String, text: String)] = [
        ("a.txt", "---\nsource: Northern Herald\ndate: 2024-03-05\n---\nMissile strike hits apartment block in Kharkiv\n\n"
            + "A Russian missile struck an apartment block in Kharkiv on Tuesday, killing three people and wounding twelve, regional governor Oleh Syniehubov said.\n\n"
            + "\u{201C}Rescuers are still searching the rubble for survivors,\u{201D} Syniehubov said in a statement on Telegram.\n\n"
            + "Volodymyr Zelensky condemned the strike on Kharkiv and asked allies for more air defence systems.\n"),
        ("b.txt", "---\nsource: Eastern Courier\ndate: 2024-03-05\n---\nThree killed as missile hits Kharkiv flats\n\n"
            + "Three people were killed and twelve wounded when a Russian missile hit an apartment block in Kharkiv, governor Oleh Syniehubov said on Tuesday.\n\n"
            + "\u{201C}Rescuers are still searching the rubble for survivors,\u{201D} Syniehubov said in a statement on Telegram.\n\n"
            + "Volodymyr Zelensky called the strike on Kharkiv a war crime and again asked allies for air defence systems.\n"),
        ("c.txt", "---\nsource: Harbour Times\ndate: 2024-03-05\n---\nFerry timetable changes for the summer\n\n"
            + "The harbour authority in Portwell will add two evening ferries to the island from June, its director Maria Lund said.\n"),
    ]
}
