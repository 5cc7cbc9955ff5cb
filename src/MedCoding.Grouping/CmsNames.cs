namespace MedCoding.Grouping;

/// <summary>Writes DRG types and severities as CMS's tables do.</summary>
public static class CmsNames
{
    /// <summary>Returns <c>MEDICAL</c>, <c>SURGICAL</c> or <c>NA</c>.</summary>
    /// <param name="type">The DRG type.</param>
    /// <returns>The CMS name.</returns>
    public static string ToCmsName(this DrgType type) => type switch
    {
        DrgType.Medical => "MEDICAL",
        DrgType.Surgical => "SURGICAL",
        _ => "NA",
    };

    /// <summary>Returns <c>MCC</c>, <c>CC</c> or <c>NCC</c>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The CMS name.</returns>
    public static string ToCmsName(this CcSeverity severity) => severity switch
    {
        CcSeverity.Mcc => "MCC",
        CcSeverity.Cc => "CC",
        _ => "NCC",
    };
}
