import SitrepCore

extension ArticleParser.Tuning {
    /// The parser's thresholds, each replaced by its ``Sweep`` setting when set (for sweeps on the dev data):
    /// TURN, CONTRAST, BRIEF, TRUNCATED, LEAD, BRIEFRUN, DATELINE, HEADLINE, RESTATED, TITLECASE, SUBHEADING.
    static func fromEnvironment() -> Self {
        func value(_ name: String) -> Double? { Sweep.double(name) }
        var tuning = ArticleParser.Tuning()
        if let turn = value("TURN") { tuning.turnSimilarity = turn }
        if let contrast = value("CONTRAST") { tuning.turnContrast = contrast }
        if let brief = value("BRIEF") { tuning.briefCohesion = brief }
        if let truncated = value("TRUNCATED") { tuning.truncatedBriefCohesion = truncated }
        if let lead = value("LEAD") { tuning.leadCohesion = lead }
        if let run = value("BRIEFRUN") { tuning.briefRunCohesion = run }
        if let dateline = value("DATELINE") { tuning.datelineCohesion = dateline }
        if let headline = value("HEADLINE") { tuning.headlineCohesion = headline }
        if let restated = value("RESTATED") { tuning.restatedHeadlineCohesion = restated }
        if let titleCase = value("TITLECASE") { tuning.titleCaseHeadlineCohesion = titleCase }
        if let subheading = value("SUBHEADING") { tuning.subheadingCohesion = subheading }
        return tuning
    }
}
