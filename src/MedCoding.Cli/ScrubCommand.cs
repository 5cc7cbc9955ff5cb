using System.CommandLine;
using MedCoding.ClaimEdits;
using MedCoding.Claims;
using MedCoding.Claims.Json;
using MedCoding.CodeSets;
using MedCoding.Hcpcs;
using MedCoding.Icd10Cm;
using MedCoding.Icd10Pcs;
using Microsoft.Extensions.DependencyInjection;

namespace MedCoding.Cli;

/// <summary>
/// <c>medcoding scrub claim.json [--json] [--data DIR] [--pcs DIR] [--hcpcs DIR] [--cpt FILE] [--ptp FILE] [--hospital-ptp FILE]
/// [--mue FILE] [--hospital-mue FILE] [--mce FILE]</c>: runs the claim edits over one claim with the claim editor
/// <c>AddMedCoding()</c> composes (the embedded data, plus what the options add) and prints the findings; exits 1 when
/// any is an error.
/// </summary>
internal static class ScrubCommand
{
    /// <summary>The exit code when the claim has at least one error finding.</summary>
    public const int ErrorsFound = 1;

    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var claimFile = new Argument<string>("claim") { Description = "The claim's JSON file, or - for standard input." }.NotEmpty();
        var json = new Option<bool>("--json") { Description = "Print one JSON object per finding and line: rule, severity, target, message, suggestions." };
        var ptp = new Option<FileInfo[]>("--ptp") { Description = "An NCCI PTP edit file for practitioner services, in CMS's layout (professional claims are edited against it); repeat it for the parts of a national file." };
        var hospitalPtp = new Option<FileInfo[]>("--hospital-ptp") { Description = "An NCCI PTP edit file for hospital outpatient services, in CMS's layout (institutional claims are edited against it); repeat it for the parts of a national file." };
        var mue = new Option<FileInfo?>("--mue") { Description = "The practitioner services MUE file, in CMS's layout (professional claims)." };
        var hospitalMue = new Option<FileInfo?>("--hospital-mue") { Description = "The outpatient hospital services MUE file, in CMS's layout (institutional claims)." };
        var mce = new Option<FileInfo?>("--mce") { Description = "The FY2020 Medicare Code Editor v37 lists (MCE_Simple_Code_Edits_v37.txt), added to the embedded MCE tables for claims of that year." };
        var data = new Option<DirectoryInfo[]>("--data")
        {
            Description = "More official data, added to the embedded releases: a data folder holding icd10cm/, icd10pcs/, hcpcs/ (every release folder of each is used, with the POA-exempt lists of the ICD-10-CM folders), a folder of ICD-10-CM release folders, or one release folder. May be repeated.",
        };
        var pcs = new Option<DirectoryInfo[]>("--pcs") { Description = "An ICD-10-PCS release folder (order file, Tables XML, or both), added to the embedded releases; repeat it for several fiscal years." };
        var hcpcs = new Option<DirectoryInfo[]>("--hcpcs") { Description = "A HCPCS Level II release folder (HCPCyyyy_CONTR_ANWEB.txt), added to the embedded releases; repeat it for several years." };
        var cpt = new Option<FileInfo?>("--cpt") { Description = "A licensed CPT file (CODE<TAB>DESCRIPTOR per line), of the year in its name. Without it, CPT codes are checked by shape." };

        var command = new Command("scrub", "Run the claim edits (diagnoses, procedures, NCCI PTP, MUE, modifiers, POA, MCE age, sex, principal diagnosis and coverage) over a claim and print what a payer would deny.")
        {
            claimFile, json, ptp, hospitalPtp, mue, hospitalMue, mce, data, pcs, hcpcs, cpt,
        };

        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(claimFile);
            var name = path == "-" ? "standard input" : MessageText.Line(path, 120);
            Claim claim;
            try
            {
                claim = path == "-" ? ClaimJson.Parse(stdin) : ReadClaim(path);
                ClaimLimits.ThrowIfExceeded(claim);
            }
            catch (ClaimFormatException e)
            {
                stderr.WriteLine($"medcoding: {name}: {e.Message}");
                return ExitCodes.Failure;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"medcoding: {name}: the claim could not be read: {MessageText.DescribeIOError(e)}.");
                return ExitCodes.Failure;
            }

            using var services = CliServices.Build(options =>
            {
                foreach (var folder in parse.GetValue(data) ?? [])
                {
                    AddDataFolder(options, folder);
                }

                Add(options.Icd10PcsFolders, parse.GetValue(pcs));
                Add(options.HcpcsFolders, parse.GetValue(hcpcs));
                Add(options.PractitionerPtpFiles, parse.GetValue(ptp));
                Add(options.HospitalPtpFiles, parse.GetValue(hospitalPtp));
                options.CptFile = parse.GetValue(cpt)?.FullName;
                options.PractitionerMueFile = parse.GetValue(mue)?.FullName;
                options.HospitalMueFile = parse.GetValue(hospitalMue)?.FullName;
                options.MceFile = parse.GetValue(mce)?.FullName;
            });
            var result = services.GetRequiredService<ClaimEditor>().Check(claim);
            if (parse.GetValue(json))
            {
                WriteJson(result, stdout);
            }
            else
            {
                WriteText(result, stdout);
            }

            return !result.IsValid ? ErrorsFound : result.IsFullyChecked ? ExitCodes.Success : ExitCodes.NotFullyChecked;
        });

        return command;
    }

    private static Claim ReadClaim(string path)
    {
        using var stream = File.OpenRead(path);
        return ClaimJson.Parse(stream);
    }

    private static void Add(IList<string> settings, IEnumerable<FileSystemInfo>? given)
    {
        foreach (var item in given ?? [])
        {
            settings.Add(item.FullName);
        }
    }

    /// <summary>Adds the release folders under a <c>--data</c> folder to the options: a data folder, a folder of ICD-10-CM release folders, or one release folder.</summary>
    internal static void AddDataFolder(MedCodingOptions options, DirectoryInfo folder)
    {
        if (!folder.Exists)
        {
            throw new DataFileException(folder.FullName, null, "The data folder does not exist.");
        }

        var icd10cm = Path.Combine(folder.FullName, "icd10cm");
        List<string> icd10CmFolders;
        if (Directory.Exists(icd10cm))
        {
            // A data folder laid out as CMS's files are here: ICD-10-CM, ICD-10-PCS and HCPCS releases, one folder each.
            icd10CmFolders = [.. ReleaseFoldersIn(icd10cm, Icd10CmFiles.IsOrderFileName)];
            Add(options.Icd10PcsFolders, ReleaseFoldersIn(Path.Combine(folder.FullName, "icd10pcs"), IsPcsFileName).Select(f => new DirectoryInfo(f)));
            Add(options.HcpcsFolders, ReleaseFoldersIn(Path.Combine(folder.FullName, "hcpcs"), IsHcpcsFileName).Select(f => new DirectoryInfo(f)));
        }
        else if (Directory.GetFiles(folder.FullName).Any(f => Icd10CmFiles.IsOrderFileName(Path.GetFileName(f))))
        {
            icd10CmFolders = [folder.FullName];
        }
        else
        {
            icd10CmFolders = [.. ReleaseFoldersIn(folder.FullName, Icd10CmFiles.IsOrderFileName)];
        }

        foreach (var release in icd10CmFolders)
        {
            options.Icd10CmFolders.Add(release);
            options.PoaExemptFolders.Add(release);
        }
    }

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
