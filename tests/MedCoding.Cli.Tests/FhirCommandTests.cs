using System.Text.Json;
using MedCoding.Cli;
using MedCoding.Testing;

namespace MedCoding.Cli.Tests;

/// <summary><c>medcoding fhir codesystem</c>: the CodeSystem resource of a release, checked against its order file.</summary>
public sealed class FhirCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("medcoding-fhir-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("2026", "icd10cm_order_2026.txt")]
    [InlineData("2025-04", "icd10cm-order-April-2025.txt")] // an April update by its version
    public void CodeSystem_Icd10Cm_HoldsEveryRecordOfTheOrderFileNestedByItsCode(string version, string orderFile)
    {
        var file = Path.Combine(_folder, "icd10cm.json");
        var run = CommandRun.Of(new OfficialReleases(), string.Empty, "fhir", "codesystem", "--system", "icd10cm", "--version", version, "--out", file);

        run.ExitCode.Should().Be(ExitCodes.Success, run.Error);
        using var json = JsonDocument.Parse(File.ReadAllBytes(file));
        var root = json.RootElement;
        root.GetProperty("resourceType").GetString().Should().Be("CodeSystem");
        root.GetProperty("url").GetString().Should().Be("http://hl7.org/fhir/sid/icd-10-cm");
        root.GetProperty("version").GetString().Should().Be(version);
        root.GetProperty("content").GetString().Should().Be("complete");

        var concepts = new List<(string Code, string Display, bool Header)>();
        void Walk(JsonElement element, string? parent)
        {
            foreach (var concept in element.EnumerateArray())
            {
                var code = concept.GetProperty("code").GetString()!;
                if (parent is not null)
                {
                    code.Replace(".", string.Empty, StringComparison.Ordinal).Should().StartWith(parent.Replace(".", string.Empty, StringComparison.Ordinal));
                }

                var header = concept.TryGetProperty("property", out var properties)
                    && properties.EnumerateArray().Any(p => p.GetProperty("code").GetString() == "notSelectable" && p.GetProperty("valueBoolean").GetBoolean());
                concepts.Add((code, concept.GetProperty("display").GetString()!, header));
                if (concept.TryGetProperty("concept", out var children))
                {
                    Walk(children, code);
                }
            }
        }

        Walk(root.GetProperty("concept"), null);
        var records = File.ReadLines(OfficialData.Path("icd10cm", version, orderFile))
            .Select(l => (Code: Dotted(l[6..13].Trim()), Display: l[77..].Trim(), Header: l[14] == '0'))
            .ToList();
        concepts.Should().Equal(records);
        root.GetProperty("count").GetInt32().Should().Be(records.Count);
        run.Output.Should().Contain(version == "2026" ? "ICD-10-CM FY2026" : "ICD-10-CM April 2025 update");
    }

    [Theory]
    [InlineData("icd10cm", "1999", "ICD-10-CM has no version '1999' here; the versions are 2021, 2025, 2025-04, 2026.")] // unknown version
    [InlineData("cpt", null, "CPT is not available on this server")] // no licensed file given
    public void CodeSystem_BadRequest_ExitsWithTheReason(string system, string? version, string message)
    {
        var file = Path.Combine(_folder, "out.json");
        string[] args = ["fhir", "codesystem", "--system", system, "--out", file, .. version is null ? Array.Empty<string>() : ["--version", version]];
        var run = CommandRun.Of(new OfficialReleases(), string.Empty, args);

        run.ExitCode.Should().Be(ExitCodes.Failure);
        run.Error.Should().StartWith("medcoding fhir: " + message);
    }

    private static string Dotted(string code) => code.Length > 3 ? $"{code[..3]}.{code[3..]}" : code;
}
