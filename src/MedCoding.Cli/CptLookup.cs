using MedCoding.CodeSets;
using System.Globalization;
using System.Text.RegularExpressions;
using MedCoding.Hcpcs.Cpt;

namespace MedCoding.Cli;

/// <summary>
/// <c>lookup --system cpt</c>: CPT codes from a licensed file in the data folder (a <c>*cpt*YYYY*.txt</c> or
/// <c>.tsv</c>, tab-separated). Without one, codes are recognised by shape and their descriptor reported as
/// not licensed; none is ever invented.
/// </summary>
internal static partial class CptLookup
{
    public static Func<string, bool> Create(string? dataDirectory, bool json, TextWriter stdout, TextWriter stderr)
    {
        var release = dataDirectory is null ? null : LoadLicensedFile(dataDirectory);
        if (release is null && !json)
        {
            stderr.WriteLine($"note: no licensed CPT file {(dataDirectory is null ? "given (--data)" : $"in {dataDirectory}")}: CPT codes are recognised by shape only, and their descriptors are not shown ({CptRelease.DescriptorNotLicensed}).");
        }

        var writer = new JsonLine(stdout);
        return input =>
        {
            if (!CptCode.TryParse(input, out var code, out var error))
            {
                if (json)
                {
                    writer.WriteNotFound(input.Trim(), "CPT", error);
                }
                else
                {
                    stdout.WriteLine($"{input.Trim()}  NOT FOUND: {error}{Environment.NewLine}");
                }

                return false;
            }

            var entry = release?.Find(code.Value);
            if (json)
            {
                writer.Write(j =>
                {
                    j.WriteString("code", code.Value);
                    j.WriteBoolean("found", entry is not null);
                    j.WriteString("system", "CPT");
                    JsonLine.WriteOptional(j, "release", release?.Release.Version);
                    j.WriteString("category", Category(code.Category));
                    j.WriteBoolean("licensed", release is not null);
                    if (entry is not null)
                    {
                        j.WriteString("kind", "code");
                        j.WriteString("title", entry.Title);
                    }
                    else
                    {
                        j.WriteString("error", release is null ? CptRelease.DescriptorNotLicensed : $"{code} is not in the licensed file {Path.GetFileName(release.SourcePath)}.");
                    }
                });
            }
            else
            {
                stdout.WriteLine(entry is not null
                    ? $"{code}  {entry.Title}{Environment.NewLine}  CPT {Category(code.Category)}, {release!.Release.Name}{Environment.NewLine}"
                    : $"{code}  CPT {Category(code.Category)} code by shape: {(release is null ? CptRelease.DescriptorNotLicensed : "not in the licensed file")}{Environment.NewLine}");
            }

            return entry is not null;
        };
    }

    private static CptRelease? LoadLicensedFile(string directory)
    {
        var files = Directory.Exists(directory)
            ? Directory.GetFiles(directory).Where(f => LicensedFileName().IsMatch(Path.GetFileName(f))).Order(StringComparer.Ordinal).ToArray()
            : [];
        return files.Length switch
        {
            0 => null,
            1 => CptRelease.Load(files[0], int.Parse(LicensedFileName().Match(Path.GetFileName(files[0])).Groups["year"].ValueSpan, CultureInfo.InvariantCulture)),
            _ => throw new DataFileException(directory, null, $"More than one CPT file here ({string.Join(", ", files.Select(Path.GetFileName))})."),
        };
    }

    private static string Category(CptCategory category) => category switch
    {
        CptCategory.CategoryI => "I",
        CptCategory.CategoryII => "II",
        CptCategory.CategoryIII => "III",
        _ => "PLA",
    };

    [GeneratedRegex(@"cpt.*?(?<year>(19|20)\d\d).*\.(txt|tsv)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LicensedFileName();
}
