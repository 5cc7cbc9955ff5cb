namespace MedCoding.Grouping.IO;

/// <summary>The ids of the tagged fields of a compiled MS-DRG file. Readers skip ids they do not know.</summary>
internal enum FieldId
{
    /// <summary>The release: code system (MS-DRG), version, name, effective dates. Inline strings.</summary>
    Release = 1,

    /// <summary>Every string the later fields refer to, by index: operand names, titles, formulas, cluster ids and codes.</summary>
    StringPool = 2,

    /// <summary>The operand names, in operand id order.</summary>
    Operands = 3,

    /// <summary>The distinct lists of numbers the rows refer to (operand ids, HAC numbers); list 0 is empty.</summary>
    Lists = 4,

    /// <summary>The clusters: id, suppression MDCs, the codes of each choice, operands.</summary>
    Clusters = 5,

    /// <summary>The diagnosis rows in table order: code, MDCs, severity, CC exclusion list, operand and HAC lists.</summary>
    Diagnoses = 6,

    /// <summary>The procedure rows in table order: code, O.R. flag, operand list, cluster memberships.</summary>
    Procedures = 7,

    /// <summary>The CC exclusion lists by id: the diagnosis rows each excludes.</summary>
    CcExclusions = 8,

    /// <summary>The DRGs: number, medical/surgical, title.</summary>
    Drgs = 9,

    /// <summary>The MDC titles.</summary>
    Mdcs = 10,

    /// <summary>The DRG formulas, MDC by MDC in rank order: MDC, rank, DRG, reroute MDC, severity suppression operands, formula.</summary>
    Formulas = 11,

    /// <summary>The hospital-acquired conditions: number, title, formula.</summary>
    Hacs = 12,

    /// <summary>The discharge statuses valid on the release's first day.</summary>
    DischargeStatuses = 13,
}
