using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using MedCoding.ClaimEdits;
using MedCoding.ClaimEdits.Excludes1;
using MedCoding.ClaimEdits.Mce;
using MedCoding.ClaimEdits.Ncci;
using MedCoding.ClaimEdits.Poa;
using MedCoding.ClaimEdits.Sources;
using MedCoding.Claims;
using MedCoding.Claims.Json;
using MedCoding.Hcpcs;
using MedCoding.Hcpcs.Cpt;
using MedCoding.Icd10Pcs;
using MedCoding.CodeSets;
using MedCoding.Data;
using MedCoding.Icd10Cm;

namespace MedCoding.Cli;

/// <summary>
/// <c>medcoding scrub claim.json [--json] [--ptp FILE] [--mue FILE] [--mce FILE] [--data DIR] [--pcs DIR] [--hcpcs DIR] [--cpt FILE]</c>: runs the
/// claim edits over one claim and prints the findings; exits 1 when any is an error.
/// </summary>
internal static partial class ScrubCommand
{
    /// <summary>The exit code when the claim has at least one error finding.</summary>
    public const int ErrorsFound = 1;

    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var claimFile = new Argument<string>("claim") { Description = "The claim's JSON file, or - for standard input." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per finding and line: rule, severity, target, message, suggestions." };
        var ptp = new Option<FileInfo[]>("--ptp")
        {
            Description = "An NCCI PTP edit file in CMS's layout (practitioner for professional claims, hospital for institutional ones); repeat it for the parts of a national file.",
            AllowMultipleArgumentsPerToken = false,
        };
        var mue = new Option<FileInfo?>("--mue") { Description = "An MUE file in CMS's layout." };
        var mce = new Option<FileInfo?>("--mce") { Description = "The Medicare Code Editor lists (MCE_Simple_Code_Edits_v37.txt), for the age, sex, manifestation, principal-diagnosis and coverage edits." };
        var data = new Option<DirectoryInfo[]>("--data")
        {
            Description = "The official data: the shared data folder (holding icd10cm/, icd10pcs/, hcpcs/: every release folder of each is used), a folder of ICD-10-CM release folders, or one release folder. May be repeated.",
        };
        var pcs = new Option<DirectoryInfo[]>("--pcs")
        {
            Description = "An ICD-10-PCS release folder (order file, Tables XML, or both), for the procedures of institutional claims; repeat it for several fiscal years.",
        };
        var hcpcs = new Option<DirectoryInfo[]>("--hcpcs")
        {
            Description = "A HCPCS Level II release folder (HCPCyyyy_CONTR_ANWEB.txt), for the Level II codes of service lines (by date of service) and the modifiers; repeat it for several years.",
        };
        var cpt = new Option<FileInfo?>("--cpt")
        {
            Description = "A licensed CPT file (CODE<TAB>DESCRIPTOR per line), of the year in its name or else of the claim's year. Without it, CPT codes are checked by shape.",
        };

        var command = new Command("scrub", "Run the claim edits (diagnoses, procedures, NCCI PTP, MUE, modifiers, POA, MCE age, sex, principal diagnosis and coverage) over a claim and print what a payer would deny.")
        {
            claimFile, json, ptp, mue, mce, data, pcs, hcpcs, cpt,
        };

        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(claimFile);
            Claim claim;
            try
            {
                claim = path == "-" ? ClaimJson.Parse(stdin.ReadToEnd()) : ReadClaim(path);
            }
            catch (ClaimFormatException e)
            {
                stderr.WriteLine($"medcoding: {path}: {e.Message}");
                return ExitCodes.Failure;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"medcoding: {path}: the claim could not be read: {e.Message}");
                return ExitCodes.Failure;
            }

            var sources = new ScrubSources(
                parse.GetValue(data) ?? [],
                parse.GetValue(pcs) ?? [],
                parse.GetValue(hcpcs) ?? [],
                parse.GetValue(cpt),
                parse.GetValue(ptp) ?? [],
                parse.GetValue(mue),
                parse.GetValue(mce));
            var editData = LoadData(sources, claim.DateOfService, stderr);
            var result = ClaimEditor.CreateDefault(editData).Check(claim);
            if (parse.GetValue(json))
            {
                WriteJson(result, stdout);
            }
            else
            {
                WriteText(result, stdout);
            }

            return result.IsValid ? ExitCodes.Success : ErrorsFound;
        });

        return command;
    }

    private static Claim ReadClaim(string path)
    {
        using var stream = File.OpenRead(path);
        return ClaimJson.Parse(stream);
    }

    /// <summary>Finds the official files under the --data folders and loads the tables given by option.</summary>
    internal static ClaimEditData LoadData(ScrubSources sources, DateOnly dateOfService, TextWriter stderr)
    {
        var releaseFolders = new List<string>();
        var pcsFolders = new List<string>(sources.PcsFolders.Select(f => f.FullName));
        var hcpcsFolders = new List<string>(sources.HcpcsFolders.Select(f => f.FullName));
        foreach (var folder in sources.DataFolders)
        {
            if (!folder.Exists)
            {
                throw new DataFileException(folder.FullName, null, "The data folder does not exist.");
            }

            var icd10cm = Path.Combine(folder.FullName, "icd10cm");
            if (Directory.Exists(icd10cm))
            {
                // The shared data folder: ICD-10-CM, ICD-10-PCS and HCPCS releases, one folder each.
                releaseFolders.AddRange(ReleaseFoldersIn(icd10cm, Icd10CmFiles.IsOrderFileName));
                pcsFolders.AddRange(ReleaseFoldersIn(Path.Combine(folder.FullName, "icd10pcs"), IsPcsFileName));
                hcpcsFolders.AddRange(ReleaseFoldersIn(Path.Combine(folder.FullName, "hcpcs"), IsHcpcsFileName));
            }
            else if (Directory.GetFiles(folder.FullName).Any(f => Icd10CmFiles.IsOrderFileName(Path.GetFileName(f))))
            {
                releaseFolders.Add(folder.FullName);
            }
            else
            {
                releaseFolders.AddRange(ReleaseFoldersIn(folder.FullName, Icd10CmFiles.IsOrderFileName));
            }
        }

        IIcd10CmReleaseSource releases;
        Excludes1Index? fallback = null;
        if (releaseFolders.Count == 0)
        {
            // No folder given: the ICD-10-CM releases embedded in MedCoding.Data, with the newest Tabular List's notes.
            stderr.WriteLine("note: no ICD-10-CM folder given (--data): using the embedded releases; the POA-exempt lists need --data.");
            releases = new Icd10CmReleaseProviderSource(Icd10CmData.Default);
            fallback = releases.FindNewestWithTabularList() is { } withNotes ? Excludes1Index.For(withNotes) : null;
        }
        else
        {
            var set = Icd10CmReleaseSet.FromFolders(releaseFolders.Distinct(StringComparer.Ordinal));
            releases = set;
            var tabularFolder = releaseFolders.LastOrDefault(f => Icd10CmFiles.Find(f).TabularListPath is not null);
            if (tabularFolder is not null)
            {
                var files = Icd10CmFiles.Find(tabularFolder);
                var withNotes = set.Releases.First(r => r.Version == files.Year.ToString(CultureInfo.InvariantCulture));
                fallback = Excludes1Index.For(set.Load(withNotes));
            }
        }

        var hcpcs = hcpcsFolders.Distinct(StringComparer.Ordinal).Select(HcpcsLevel2Release.LoadFolder).OrderBy(r => r.Release.EffectiveFrom).ToArray();
        var cpt = sources.CptFile is { } cptFile ? CptRelease.Load(cptFile.FullName, CptYear(cptFile, dateOfService)) : null;
        var ptpPaths = sources.PtpFiles.Select(f => f.FullName).ToArray();
        var ptpTable = ptpPaths.Length == 0 ? null : PtpEditTable.Load(ptpPaths, NcciProvider.Practitioner);
        var mueTable = sources.MueFile is null ? null : MueTable.Load(sources.MueFile.FullName, NcciProvider.Practitioner);
        return new ClaimEditData
        {
            Icd10Cm = releases,
            FallbackExcludes1 = fallback,
            Icd10Pcs = pcsFolders.Count == 0 ? null : PcsReleaseSet.FromFolders(pcsFolders.Distinct(StringComparer.Ordinal)),
            ServiceCodes = new ServiceCodeSet(hcpcs, cpt is null ? null : [cpt]),
            Modifiers = hcpcs.Length == 0 ? null : ModifierCatalogSource.Create(hcpcs[^1]),
            PractitionerPtp = ptpTable,
            HospitalPtp = ptpTable,
            PractitionerMue = mueTable,
            HospitalMue = mueTable,
            Mce = sources.MceFile is null ? null : MceCodeLists.Load(sources.MceFile.FullName),
            PoaExempt = releaseFolders.Count == 0 ? null : PoaExemptLists.LoadFolders(releaseFolders),
        };
    }

    /// <summary>Returns the CPT year of a licensed file: the year in its name (<c>cpt2026.txt</c>), else the claim's year.</summary>
    private static int CptYear(FileInfo file, DateOnly dateOfService) =>
        CptYearInName().Match(Path.GetFileNameWithoutExtension(file.Name)) is { Success: true } match
            ? int.Parse(match.ValueSpan, CultureInfo.InvariantCulture)
            : dateOfService.Year;

    private static bool IsPcsFileName(string fileName) =>
        PcsFiles.IsOrderFileName(fileName) || fileName.StartsWith("icd10pcs_tables_", StringComparison.OrdinalIgnoreCase);

    private static bool IsHcpcsFileName(string fileName) =>
        fileName.StartsWith("HCPC", StringComparison.OrdinalIgnoreCase) && fileName.EndsWith("_CONTR_ANWEB.txt", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> ReleaseFoldersIn(string directory, Func<string, bool> isReleaseFile) =>
        !Directory.Exists(directory)
            ? []
            : Directory.GetDirectories(directory)
                .Where(d => Directory.GetFiles(d).Any(f => isReleaseFile(Path.GetFileName(f))))
                .Order(StringComparer.Ordinal);

    [GeneratedRegex(@"(?<!\d)(19|20)\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex CptYearInName();

    private static void WriteText(ClaimEditResult result, TextWriter output)
    {
        foreach (var finding in result.Findings)
        {
            output.WriteLine($"{(finding.IsError ? "error  " : "warning")}  {finding.RuleId,-24} {finding.Target,-15} {finding.Message}");
            if (finding.Suggestions.Count > 0)
            {
                output.WriteLine($"{string.Empty,-50}suggest: {string.Join(", ", finding.Suggestions)}");
            }
        }

        var warnings = result.Findings.Count - result.ErrorCount;
        output.WriteLine(result.Findings.Count == 0
            ? "No findings."
            : $"{result.ErrorCount} error{(result.ErrorCount == 1 ? string.Empty : "s")}, {warnings} warning{(warnings == 1 ? string.Empty : "s")}.");
    }

    private static void WriteJson(ClaimEditResult result, TextWriter output)
    {
        using var lines = new JsonLine(output);
        foreach (var finding in result.Findings)
        {
            var json = lines.StartLine();
            json.WriteString("rule", finding.RuleId);
            json.WriteString("severity", finding.IsError ? "error" : "warning");
            json.WriteString("target", finding.Target);
            json.WriteString("message", finding.Message);
            if (finding.AttemptedValue is not null)
            {
                json.WriteString("value", finding.AttemptedValue);
            }

            if (finding.Suggestions.Count > 0)
            {
                JsonLine.WriteStrings(json, "suggestions", finding.Suggestions);
            }

            lines.EndLine();
        }
    }
}
