using System.Collections.Frozen;
using MedCoding.CodeSets;
using MedCoding.Lookup;
using MedCoding.Lookup.OrderFiles;

namespace MedCoding.ClaimEdits.Sources;

/// <summary>
/// Returns the valid ICD-10-PCS codes of some releases, read from the CMS order files.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class Icd10PcsCodeSet : IProcedureCodeSource
{
    private readonly (Release Release, FrozenSet<string> Codes)[] _releases;

    /// <summary>Initializes the set from each release's valid codes.</summary>
    /// <param name="releases">The releases and their valid (billable) codes, without dots.</param>
    public Icd10PcsCodeSet(IEnumerable<(Release Release, IEnumerable<string> Codes)> releases)
    {
        ArgumentNullException.ThrowIfNull(releases);
        _releases = [.. releases.Select(r => (r.Release, r.Codes.ToFrozenSet(StringComparer.Ordinal)))];
    }

    /// <summary>Gets the releases in the set.</summary>
    public IEnumerable<Release> Releases => _releases.Select(r => r.Release);

    /// <summary>Returns the set read from ICD-10-PCS order files of fiscal years.</summary>
    /// <param name="orderFiles">Each fiscal year and its order file (<c>icd10pcs_order_2026.txt</c>).</param>
    /// <returns>The set.</returns>
    /// <exception cref="DataFileException">A file is missing or malformed.</exception>
    public static Icd10PcsCodeSet LoadOrderFiles(IEnumerable<(int FiscalYear, string Path)> orderFiles)
    {
        ArgumentNullException.ThrowIfNull(orderFiles);
        return new Icd10PcsCodeSet(orderFiles.Select(f =>
        {
            var records = OrderFile.Read(f.Path);
            foreach (var record in records)
            {
                if (record.Code.Length != 7 && record.IsBillable)
                {
                    throw new DataFileException(f.Path, record.LineNumber, $"{record.Code} is marked valid but an ICD-10-PCS code has 7 characters.");
                }
            }

            return (Release.ForFiscalYear(CodeSystem.Icd10Pcs, f.FiscalYear), records.Where(r => r.IsBillable).Select(r => r.Code));
        }));
    }

    /// <inheritdoc />
    public bool? IsValid(string code, DateOnly dateOfService)
    {
        ArgumentNullException.ThrowIfNull(code);
        var release = Icd10CmReleaseSourceExtensions.FindInForceOn(_releases.Select(r => r.Release), dateOfService);
        if (release is null)
        {
            return null;
        }

        var codes = Array.Find(_releases, r => r.Release.Equals(release)).Codes;
        Span<char> buffer = stackalloc char[7];
        var trimmed = code.AsSpan().Trim();
        if (trimmed.Length != 7)
        {
            return false;
        }

        trimmed.ToUpperInvariant(buffer);
        return codes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(buffer);
    }
}
