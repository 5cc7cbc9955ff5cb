using System.Buffers;
using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MedCoding.ClaimEdits;
using MedCoding.ClaimEdits.Excludes1;
using MedCoding.ClaimEdits.Mce;
using MedCoding.ClaimEdits.Ncci;
using MedCoding.ClaimEdits.Poa;
using MedCoding.ClaimEdits.Sources;
using MedCoding.Claims;
using MedCoding.Claims.Json;
using MedCoding.Lookup;
using MedCoding.Lookup.Icd10Cm;

namespace MedCoding.Cli;

/// <summary>
/// <c>medcoding scrub claim.json [--json] [--ptp FILE] [--mue FILE] [--mce FILE] [--data DIR]</c>: runs the
/// claim edits over one claim and prints the findings; exits 1 when any is an error.
/// </summary>
internal static class ScrubCommand
{
    /// <summary>The exit code when the claim has at least one error finding.</summary>
    public const int ErrorsFound = 1;

    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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
        var mce = new Option<FileInfo?>("--mce") { Description = "The Medicare Code Editor lists (MCE_Simple_Code_Edits_v37.txt), for age, sex and manifestation edits." };
        var data = new Option<DirectoryInfo[]>("--data")
        {
            Description = "The official data: the shared data folder (holding icd10cm/, icd10pcs/, hcpcs/), a folder of ICD-10-CM release folders, or one release folder. May be repeated.",
        };

        var command = new Command("scrub", "Run the claim edits (diagnoses, NCCI PTP, MUE, modifiers, POA, MCE age and sex) over a claim and print what a payer would deny.")
        {
            claimFile, json, ptp, mue, mce, data,
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

            var editData = LoadData(
                parse.GetValue(data) ?? [],
                parse.GetValue(ptp) ?? [],
                parse.GetValue(mue),
                parse.GetValue(mce),
                stderr);
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
    internal static ClaimEditData LoadData(IEnumerable<DirectoryInfo> dataFolders, IEnumerable<FileInfo> ptpFiles, FileInfo? mueFile, FileInfo? mceFile, TextWriter stderr)
    {
        var releaseFolders = new List<string>();
        var pcsOrderFiles = new List<(int, string)>();
        string? hcpcsFile = null;
        foreach (var folder in dataFolders)
        {
            if (!folder.Exists)
            {
                throw new DataFileException(folder.FullName, null, "The data folder does not exist.");
            }

            var icd10cm = Path.Combine(folder.FullName, "icd10cm");
            if (Directory.Exists(icd10cm))
            {
                releaseFolders.AddRange(ReleaseFoldersIn(icd10cm));
                var pcs = Path.Combine(folder.FullName, "icd10pcs");
                if (Directory.Exists(pcs))
                {
                    foreach (var file in Directory.GetFiles(pcs, "icd10pcs_order_*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    {
                        var name = Path.GetFileNameWithoutExtension(file);
                        if (int.TryParse(name.AsSpan(name.Length - 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
                        {
                            pcsOrderFiles.Add((year, file));
                        }
                    }
                }

                var hcpcs = Path.Combine(folder.FullName, "hcpcs");
                if (Directory.Exists(hcpcs))
                {
                    hcpcsFile = Directory.GetFiles(hcpcs, "HCPC*_CONTR_ANWEB.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).LastOrDefault() ?? hcpcsFile;
                }
            }
            else if (Directory.GetFiles(folder.FullName).Any(f => Icd10CmFiles.IsOrderFileName(Path.GetFileName(f))))
            {
                releaseFolders.Add(folder.FullName);
            }
            else
            {
                releaseFolders.AddRange(ReleaseFoldersIn(folder.FullName));
            }
        }

        if (releaseFolders.Count == 0)
        {
            stderr.WriteLine("note: no ICD-10-CM release given (--data), so the diagnosis codes are not checked.");
        }

        var releases = releaseFolders.Count == 0 ? null : Icd10CmReleaseSet.FromFolders(releaseFolders.Distinct(StringComparer.Ordinal));
        Excludes1Index? fallback = null;
        var tabularFolder = releaseFolders.LastOrDefault(f => Icd10CmFiles.Find(f).TabularListPath is not null);
        if (releases is not null && tabularFolder is not null)
        {
            var files = Icd10CmFiles.Find(tabularFolder);
            var withNotes = releases.Releases.First(r => r.Version == files.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            fallback = Excludes1Index.For(releases.Load(withNotes));
        }

        var ptpPaths = ptpFiles.Select(f => f.FullName).ToArray();
        var ptpTable = ptpPaths.Length == 0 ? null : PtpEditTable.Load(ptpPaths, NcciProvider.Practitioner);
        var mueTable = mueFile is null ? null : MueTable.Load(mueFile.FullName, NcciProvider.Practitioner);
        return new ClaimEditData
        {
            Icd10Cm = releases,
            FallbackExcludes1 = fallback,
            Icd10Pcs = pcsOrderFiles.Count == 0 ? null : Icd10PcsCodeSet.LoadOrderFiles(pcsOrderFiles),
            ServiceCodes = ServiceCodeSet.ShapeOnly,
            Modifiers = hcpcsFile is null ? null : ModifierList.LoadHcpcsFile(hcpcsFile),
            PractitionerPtp = ptpTable,
            HospitalPtp = ptpTable,
            PractitionerMue = mueTable,
            HospitalMue = mueTable,
            Mce = mceFile is null ? null : MceCodeLists.Load(mceFile.FullName),
            PoaExempt = releaseFolders.Count == 0 ? null : PoaExemptLists.LoadFolders(releaseFolders),
        };
    }

    private static IEnumerable<string> ReleaseFoldersIn(string directory) =>
        Directory.GetDirectories(directory)
            .Where(d => Directory.GetFiles(d).Any(f => Icd10CmFiles.IsOrderFileName(Path.GetFileName(f))))
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
        var buffer = new ArrayBufferWriter<byte>(1024);
        foreach (var finding in result.Findings)
        {
            buffer.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(buffer, s_options))
            {
                json.WriteStartObject();
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
                    json.WriteStartArray("suggestions");
                    foreach (var suggestion in finding.Suggestions)
                    {
                        json.WriteStringValue(suggestion);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
    }
}
