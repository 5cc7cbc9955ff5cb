using System.Text;
using MedCoding.CodeSets;
using MedCoding.Icd10Cm;
using MedCoding.Testing;

namespace MedCoding.Icd10Cm.Tests;

/// <summary>
/// Cross-checks with the other files CMS publishes beside each order file: the codes file (billable
/// codes and long titles) and the order addenda (what changed from the year before).
/// </summary>
public sealed partial class Icd10CmReleaseTests
{
    [Theory]
    [InlineData("2025", "icd10cm_codes_2025.txt")]
    [InlineData("2025-04", "icd10cm-codes-April-2025.txt")]
    [InlineData("2026", "icd10cm_codes_2026.txt")]
    public void BillableCodes_OfficialRelease_AreTheCodesFileWithItsTitles(string folder, string codesFile)
    {
        var release = official.Release(folder);
        var codes = File.ReadAllLines(OfficialData.Path("icd10cm", folder, codesFile), Encoding.Latin1)
            .Select(l => (Code: l[..7].TrimEnd(' '), Title: l[8..].TrimEnd(' ')))
            .ToList();

        release.Entries.Where(e => e.IsBillable).Select(e => (e.Name.Replace(".", "", StringComparison.Ordinal), e.Title))
            .Should().Equal(codes, "the codes file lists the billable codes, in order, with their long titles");
    }

    [Fact]
    public void Entries_Fy2025WithTheFy2026Addenda_AreFy2026()
    {
        var fy2025 = official.Release("2025");
        var fy2026 = official.Release("2026");
        var codes = fy2025.Entries.ToDictionary(e => e.Name, e => (e.IsBillable, e.ShortTitle, e.Title), StringComparer.Ordinal);
        var failures = new List<string>();
        var changes = new Dictionary<string, int>(StringComparer.Ordinal);
        (bool, string, string)? revisedFrom = null;

        // "Add:         1 Z91B    Short title (60)                                            Long title": the
        // action in columns 1-13, then the order file's flag, code, short and long titles.
        foreach (var line in File.ReadLines(OfficialData.Path("icd10cm", "2026", "icd10cm_order_addenda_2026.txt"), Encoding.Latin1))
        {
            var action = line.Length > 13 ? line[..13].TrimEnd() : "";
            if (action is not ("Add:" or "Delete:" or "Revise from:" or "Revise to:"))
            {
                continue;
            }

            var flag = line[13] == '1';
            var name = Icd10CmCode.ToDotted(line[15..22].TrimEnd());
            var record = (flag, line[23..83].TrimEnd(), line[84..].TrimEnd());
            changes[action] = changes.GetValueOrDefault(action) + 1;
            switch (action)
            {
                case "Add:":
                    if (!codes.TryAdd(name, record))
                    {
                        failures.Add($"Add {name}: already in FY2025");
                    }

                    break;
                case "Delete:":
                    if (!codes.Remove(name, out var deleted) || deleted != record)
                    {
                        failures.Add($"Delete {name}: not in FY2025 as the addenda give it");
                    }

                    break;
                case "Revise from:":
                    revisedFrom = record;
                    if (!codes.TryGetValue(name, out var current) || current != record)
                    {
                        failures.Add($"Revise {name}: FY2025 does not have the old titles");
                    }

                    break;
                default:
                    revisedFrom.Should().NotBeNull("'Revise to' follows 'Revise from'");
                    codes[name] = record;
                    revisedFrom = null;
                    break;
            }
        }

        failures.Should().BeEmpty();
        changes.Should().Equal(new Dictionary<string, int>(StringComparer.Ordinal)
        {
            // 143 header and 487 code additions, 28 code deletions, 7 header and 38 code revisions: the addenda's own summary.
            ["Add:"] = 630, ["Delete:"] = 28, ["Revise from:"] = 45, ["Revise to:"] = 45,
        });
        fy2026.Entries.ToDictionary(e => e.Name, e => (e.IsBillable, e.ShortTitle, e.Title), StringComparer.Ordinal)
            .Should().Equal(codes, "FY2026 is FY2025 with the FY2026 addenda applied");
    }

    [Fact]
    public void Entries_April2025_AreFy2025()
    {
        // The April 2025 addenda list no change (0 additions, deletions and revisions).
        official.Release("2025-04").Entries.Select(e => (e.Name, e.IsBillable, e.ShortTitle, e.Title))
            .Should().Equal(official.Release("2025").Entries.Select(e => (e.Name, e.IsBillable, e.ShortTitle, e.Title)));
    }
}
