using System.Text;
using MedCoding.CodeSets;
using MedCoding.Icd10Cm;
using MedCoding.Icd10Pcs;
using MedCoding.Testing;

namespace MedCoding.Encoder.Tests.Indexes;

/// <summary>
/// Every code an index gives, checked against the releases in force: an index is older than the release (the newest
/// Alphabetic Index here is FY2017's), so each code is said plainly: billable, a header (with its billable codes), or
/// not in the release; an incomplete code (final dash) is completed by the release or is not in it.
/// </summary>
public sealed partial class AlphabeticIndexTests
{
    private static readonly Lazy<Icd10CmRelease> s_cm2025 = new(() => Icd10CmRelease.LoadFolder(OfficialData.Path("icd10cm", "2025")));
    private static readonly Lazy<Icd10CmRelease> s_cm2026 = new(() => Icd10CmRelease.LoadFolder(OfficialData.Path("icd10cm", "2026")));
    private static readonly Lazy<PcsRelease> s_pcs2025 = new(() => PcsRelease.LoadFolder(OfficialData.Path("icd10pcs", "2025")));
    private static readonly Lazy<PcsRelease> s_pcs2026 = new(() => PcsRelease.LoadFolder(OfficialData.Path("icd10pcs", "2026")));

    public static TheoryData<string> Icd10CmIndexes => new() { "diseases 2017", "external causes 2023", "drugs 2023", "drugs 2025-04", "neoplasms 2023" };

    [Theory]
    [MemberData(nameof(Icd10CmIndexes))]
    public void Codes_OfEachIcd10CmIndex_AreEachBillableHeaderOrNotInTheRelease(string name)
    {
        var index = name switch
        {
            "diseases 2017" => OfficialIndexes.Diseases,
            "external causes 2023" => OfficialIndexes.ExternalCauses,
            "drugs 2023" => OfficialIndexes.Drugs,
            "drugs 2025-04" => OfficialIndexes.DrugsCsv,
            _ => OfficialIndexes.Neoplasms,
        };
        var codes = CodesOf(index);
        var report = new StringBuilder($"{index.SourceFileName}: {codes.Count:N0} distinct codes ({codes.Count(c => c.EndsWith('-')):N0} incomplete)");
        foreach (var release in new[] { s_cm2025.Value, s_cm2026.Value })
        {
            var counts = codes.GroupBy(code => Classify(release, code)).ToDictionary(g => g.Key, g => g.Count());
            report.Append($"; {release.Release.Name}: {string.Join(", ", counts.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value:N0}"))}");

            counts.Values.Sum().Should().Be(codes.Count);
            var missing = counts.GetValueOrDefault(CodeStatus.NotInRelease) + counts.GetValueOrDefault(CodeStatus.IncompleteNotInRelease);

            // An older index gives codes since deleted or expanded; they are few, and each is said, never guessed.
            missing.Should().BeLessThan(codes.Count / 10, $"most codes of {index.SourceFileName} are still in {release.Release.Name}");
        }

        output.WriteLine(report.ToString());
    }

    [Fact]
    public void Codes_OfThePcsIndex_AreCodesOrTablePrefixesOfTheRelease()
    {
        var terms = OfficialIndexes.Procedures.Terms.ToList();
        var codes = terms.Select(t => t.Code).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var partial = terms.Select(t => t.PcsCodes)
            .Concat(terms.SelectMany(t => t.CrossReferences).Select(r => r.Codes))
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var report = new StringBuilder($"{OfficialIndexes.Procedures.SourceFileName}: {codes.Count:N0} distinct 7-character codes, {partial.Count:N0} distinct tables and partial codes");
        foreach (var release in new[] { s_pcs2025.Value, s_pcs2026.Value })
        {
            var prefixes = release.Entries.Where(e => e.Name.Length == 7)
                .SelectMany(e => Enumerable.Range(3, 4).Select(n => e.Name[..n]))
                .ToHashSet(StringComparer.Ordinal);
            var validCodes = codes.Count(c => release.Find(c) is { Name.Length: 7 });
            var validPrefixes = partial.Count(p => p.Length == 3 ? release.FindTable(p) is not null : prefixes.Contains(p));
            report.Append($"; {release.Release.Name}: codes valid {validCodes:N0}, not in release {codes.Count - validCodes:N0}; tables/partial codes valid {validPrefixes:N0}, not in release {partial.Count - validPrefixes:N0}");

            (codes.Count - validCodes).Should().BeLessThan(codes.Count / 20);
            (partial.Count - validPrefixes).Should().BeLessThan(partial.Count / 20);
        }

        output.WriteLine(report.ToString());
    }

    /// <summary>Returns the distinct codes an ICD-10-CM index gives: term codes, manifestation codes, table cells, category and subcategory references.</summary>
    private static List<string> CodesOf(AlphabeticIndex index) =>
        [.. index.Terms
            .SelectMany(t => new[] { t.Code, t.Manifestation }
                .Concat(t.Cells)
                .Concat(t.CrossReferences.Where(r => r.Kind is CrossReferenceKind.SeeCategory or CrossReferenceKind.SeeSubcategory).Select(r => r.Target)))
            .OfType<string>()
            .Where(c => c.Length <= 9 && c.Length >= 3 && char.IsAsciiLetterUpper(c[0]) && char.IsAsciiDigit(c[1]))
            .Distinct(StringComparer.Ordinal)];

    private static CodeStatus Classify(Icd10CmRelease release, string code)
    {
        if (code.EndsWith('-'))
        {
            var stem = code.TrimEnd('-').TrimEnd('.');
            return release.Find(stem) is { } header && !header.IsBillable && release.GetDescendants(header).Any(e => e.IsBillable)
                ? CodeStatus.IncompleteHeader
                : release.Find(stem) is { IsBillable: true } ? CodeStatus.IncompleteButBillable : CodeStatus.IncompleteNotInRelease;
        }

        return release.Find(code) switch
        {
            null => CodeStatus.NotInRelease,
            { IsBillable: true } => CodeStatus.Billable,
            _ => CodeStatus.Header,
        };
    }

    private enum CodeStatus
    {
        Billable,
        Header,
        NotInRelease,
        IncompleteHeader,
        IncompleteButBillable,
        IncompleteNotInRelease,
    }
}
