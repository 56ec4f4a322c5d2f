/// The subject of each sentence of one paragraph as ``Attributor/sentenceSubject(_:phrases:)`` reads it, read once
/// a sentence: attribution asks for it again and again (for a participle's subject, a verb form taken for a subject,
/// the sentence's opening subject, the speaker the next sentence may point back to, the sieves).
///
/// Held by the paragraph's ``NounPhrases``: the subject depends only on the sentence's tokens and the lexicon, both
/// of which a `NounPhrases` fixes. A reference, so that the copies of one `NounPhrases` share it; used by one thread.
final class SentenceSubjects {
    /// Sentences read so far (a paragraph has a few) and their subjects.
    private var read: [(sentence: Range<Int>, subject: Mention?)] = []

    init() {}

    /// The subject of `sentence`, made by `reading` the first time.
    func subject(of sentence: Range<Int>, reading: () -> Mention?) -> Mention? {
        if let known = read.first(where: { $0.sentence == sentence }) { return known.subject }
        let subject = reading()
        read.append((sentence, subject))
        return subject
    }
}
