using System.Globalization;
using MedCoding.CodeSets;

namespace MedCoding.Grouping;

/// <summary>
/// The one rule that turns an MS-DRG version into the release it is: its name and the dates it is in force.
/// </summary>
/// <remarks>
/// <para>
/// MS-DRG vNN is the grouper of federal fiscal year NN + 1983 (v43 groups FY2026 discharges, v40 FY2023). vNN.0 is in
/// force from October 1 of the year before, the start of the fiscal year; vNN.1, the April update, from April 1 of the
/// fiscal year. Both run through September 30, the end of the fiscal year. When both are known, the
/// <see cref="ReleaseSchedule{T}"/> ends vNN.0 the day before vNN.1 starts (v43.0: 2025-10-01 to 2026-03-31; v43.1:
/// 2026-04-01 to 2026-09-30).
/// </para>
/// <para>
/// The version is written <c>43.1</c> (also accepted: <c>431</c>, <c>v43.1</c>, <c>v431</c>, as CMS names its folders and
/// files). Only .0 and .1 are known versions: the rule does not guess the dates of any other.
/// </para>
/// </remarks>
internal static class MsDrgReleases
{
    /// <summary>MS-DRG vNN belongs to fiscal year NN + 1983.</summary>
    public const int FiscalYearOffset = 1983;

    /// <summary>MS-DRGs began with v25 (FY2008); earlier numbers are CMS-DRG versions.</summary>
    private const int FirstMajor = 25;

    /// <summary>Returns the release of a version, as published (in force through the end of its fiscal year).</summary>
    /// <param name="version">The version, e.g. <c>43.1</c> or <c>431</c>.</param>
    /// <returns>The release: version <c>43.1</c>, name <c>MS-DRG v43.1</c>, and its dates.</returns>
    /// <exception cref="ArgumentException">The text is not an MS-DRG version the rule knows.</exception>
    public static Release ForVersion(string version) =>
        TryGetRelease(version, out var release)
            ? release
            : throw new ArgumentException($"{MessageText.Quote(version)} is not an MS-DRG version such as 43.1 (or 431): a two-digit version from {FirstMajor} and .0 or .1.", nameof(version));

    /// <summary>Returns the release of a version, if the text is an MS-DRG version the rule knows.</summary>
    public static bool TryGetRelease(string? version, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Release? release)
    {
        release = null;
        if (!TryParse(version, out var major, out var minor))
        {
            return false;
        }

        var fiscalYear = major + FiscalYearOffset;
        var from = minor == 0 ? new DateOnly(fiscalYear - 1, 10, 1) : new DateOnly(fiscalYear, 4, 1);
        var text = string.Create(CultureInfo.InvariantCulture, $"{major}.{minor}");
        release = new Release(CodeSystem.MsDrg, text, from, new DateOnly(fiscalYear, 9, 30), $"MS-DRG v{text}");
        return true;
    }

    /// <summary>Reads <c>43.1</c>, <c>431</c>, <c>v43.1</c> or <c>v431</c> (blanks around it and the case of <c>v</c> ignored).</summary>
    private static bool TryParse(string? version, out int major, out int minor)
    {
        major = minor = 0;
        var text = version.AsSpan().Trim();
        if (text.Length > 0 && text[0] is 'v' or 'V')
        {
            text = text[1..];
        }

        // 43.1 or 431: two digits of the major version, an optional dot, one digit of the minor.
        var dotted = text.Length == 4 && text[2] == '.';
        if (!(dotted || text.Length == 3) || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[1]) || !char.IsAsciiDigit(text[^1]))
        {
            return false;
        }

        major = ((text[0] - '0') * 10) + (text[1] - '0');
        minor = text[^1] - '0';
        return major >= FirstMajor && minor is 0 or 1;
    }
}
