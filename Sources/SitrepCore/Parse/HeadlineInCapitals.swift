extension Furniture {
    /// Fewest words of a line in capitals that links to another story ("TRUMP SAYS HE KEPT DETAILS OF THE
    /// OPERATION FROM PELOSI"); a section heading in capitals is shorter ("THE NUMBERS", "WHAT'S NEXT").
    static let capitalHeadlineWords = 6

    /// A headline set in capitals, of at least ``capitalHeadlineWords`` words: between a story's paragraphs, pages
    /// print the headlines of related stories so, as links; it is neither a sub-headline nor a new article.
    static func isHeadlineInCapitals(_ tokens: [Token], shape: ParagraphShape) -> Bool {
        shape.wordCount >= capitalHeadlineWords && ArticleBuilder.isInCapitals(tokens)
    }
}
