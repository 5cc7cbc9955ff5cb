using System.Text;
using MedCoding.Billing;
using MedCoding.Billing.Json;
using MedCoding.Billing.Lifecycle;
using MedCoding.Billing.X12;
using MedCoding.ClaimEdits.Mce;
using MedCoding.Claims;
using MedCoding.Claims.Json;
using MedCoding.Cli;
using MedCoding.CodeSets;
using MedCoding.Gems;
using MedCoding.Grouping;
using MedCoding.Hcpcs;
using MedCoding.Icd10Cm;
using MedCoding.Icd10Cm.OrderFiles;
using MedCoding.Icd10Cm.Tabular;
using MedCoding.Icd10Pcs;

namespace MedCoding.Fuzz;

/// <summary>
/// The fuzz targets, one per parser: claim JSON, billing JSON, 835, 837 writer input, order file, Tabular XML, PCS Tables
/// XML, HCPCS file, GEMs, compiled data, MS-DRG case file, MCE case file, and the CLI's argument parsing.
/// </summary>
internal static class FuzzTargets
{
    /// <summary>The values of the samples that stand for a patient (samples/x12: JANE DOE, member XYZ123456789, born 1950-02-01).</summary>
    private static readonly string[] s_patient = ["JANE", "XYZ123456789", "1950-02-01", "19500201"];

    private static readonly X12InterchangeOptions s_interchange = new()
    {
        SenderId = "SENDER01",
        ReceiverId = "RECEIVER01",
        ReceiverName = "FUZZ PAYER",
        SubmitterName = "FUZZ SUBMITTER",
        SubmitterContactName = "FUZZ CONTACT",
        SubmitterPhone = "8005550100",
    };

    private static readonly DateTimeOffset s_createdAt = new(2025, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static readonly string[] s_jsonTokens = ["{", "}", "[", "]", "\"", ":", ",", "null", "true", "-0", "1e400", "\"\\u0000\"", "\"code\":", "\"type\":", "\"lines\":[", "\"diagnoses\":[", "{\"a\":", "\uFEFF", "\"\\ud800\""];
    private static readonly string[] s_x12Tokens = ["~", "*", ":", "^", "ISA*", "GS*", "ST*835*", "CLP*", "NM1*QC*1*", "SVC*HC:", "CAS*CO*45*", "SE*", "GE*", "IEA*", "LX*1~", "\r\n"];
    private static readonly string[] s_xmlTokens = ["<", ">", "</", "/>", "<diag>", "</diag>", "<name>", "<desc>", "&amp;", "&#0;", "<![CDATA[", "<!DOCTYPE x [<!ENTITY e \"e\">]>", "<pcsTable>", "<pcsRow codes=\"1\">", "<axis pos=\"4\" values=\"1\">", "<label code=\"0\">", "<version>", "\"", "="];
    private static readonly string[] s_lineTokens = ["\t", "\n", "\r\n", " ", ",", ":", "Y", "N", "-", "00000", "A000", "Z99", "\uFEFF"];

    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new()
        {
            Name = "claim-json",
            Run = input => ClaimJson.Parse(input),
            IsTyped = e => e is ClaimFormatException,
            Seeds = () => [.. Seeds.ClaimJson()],
            PatientValues = s_patient,
            Tokens = s_jsonTokens,
        },
        new()
        {
            Name = "billing-json",
            Run = input => AnyOf(
                () => BillingJson.Deserialize<BillingClaim>(input),
                () => BillingJson.Deserialize<CodedEncounter>(input),
                () => BillingJson.Deserialize<ClaimLifecycle>(input)),
            IsTyped = e => e is ClaimFormatException,
            Seeds = () => [.. Seeds.Sample("claim-professional.json"), .. Seeds.Sample("claim-institutional.json")],
            PatientValues = s_patient,
            Tokens = s_jsonTokens,
        },
        new()
        {
            Name = "835",
            Run = input => RemittanceReader.Read(Encoding.UTF8.GetString(input)),
            IsTyped = e => e is X12FormatException,
            Seeds = () => [.. Seeds.Sample("remittance.835")],
            PatientValues = s_patient,
            Tokens = s_x12Tokens,
        },
        new()
        {
            Name = "837-writer",
            Run = input => Claim837Writer.Write(BillingJson.Deserialize<BillingClaim>(input), s_interchange, s_createdAt),
            IsTyped = e => e is ClaimFormatException or X12WriteException,
            Seeds = () => [.. Seeds.Sample("claim-professional.json"), .. Seeds.Sample("claim-institutional.json")],
            PatientValues = s_patient,
            Tokens = s_jsonTokens,
        },
        new()
        {
            Name = "order-file",
            Run = input => OrderFile.Read(new MemoryStream(input), "fuzz-order.txt"),
            IsTyped = e => e is DataFileException,
            Seeds = () => [Seeds.Excerpt(["icd10cm", "2026", "icd10cm_order_2026.txt"], 120), Seeds.Excerpt(["icd10cm", "2026", "icd10cm_order_2026.txt"], 8, skip: 40_000)],
            Tokens = s_lineTokens,
        },
        new()
        {
            Name = "tabular-xml",
            Run = input => TabularListReader.Read(new MemoryStream(input), "fuzz-tabular.xml"),
            IsTyped = e => e is DataFileException,
            Seeds = () => [Seeds.TabularXml()],
            Tokens = s_xmlTokens,
        },
        new()
        {
            Name = "pcs-tables-xml",
            Run = input => PcsTables.Load(new MemoryStream(input), "fuzz-tables.xml"),
            IsTyped = e => e is DataFileException,
            Seeds = () => [Seeds.PcsTablesXml()],
            Tokens = s_xmlTokens,
        },
        new()
        {
            Name = "hcpcs-file",
            Run = input => HcpcsLevel2Release.Load(new MemoryStream(input), "fuzz-hcpcs.txt", Seeds.HcpcsRelease),
            IsTyped = e => e is DataFileException,
            Seeds = Seeds.HcpcsExcerpts,
            Tokens = s_lineTokens,
        },
        new()
        {
            Name = "gems",
            Run = Seeds.LoadGems,
            IsTyped = e => e is DataFileException,
            Seeds = () => [Seeds.Excerpt(["gems", "2018", "2018_I10gem.txt"], 80), Seeds.Excerpt(["gems", "2018", "2018_I9gem.txt"], 80)],
            Tokens = s_lineTokens,
        },
        new()
        {
            Name = "compiled-data",
            Run = input => AnyOf(
                () => Icd10CmRelease.FromStream(new MemoryStream(input)),
                () => PcsRelease.FromStream(new MemoryStream(input)),
                () => HcpcsLevel2Release.FromStream(new MemoryStream(input)),
                () => DiagnosisGems.FromStream(new MemoryStream(input))),
            IsTyped = e => e is CompiledDataException,
            Seeds = () => [.. Seeds.Compiled()],
            Tokens = ["\0", "\u0001", "\u00FF"],
        },
        new()
        {
            Name = "msdrg-case-file",
            Run = input => DrgCaseFile.Read(new StringReader(Encoding.UTF8.GetString(input)), "fuzz-cases.tsv"),
            IsTyped = e => e is DataFileException,
            Seeds = () => [Seeds.Excerpt(["msdrg", "v43", "cases", "cases-430.tsv"], 40), Seeds.Excerpt(["msdrg", "v43", "cases", "cases-431.tsv"], 40)],
            Tokens = s_lineTokens,
        },
        new()
        {
            Name = "mce-case-file",
            Run = input => MceCaseFile.Read(new StringReader(Encoding.UTF8.GetString(input)), "fuzz-mce.tsv").ToList(),
            IsTyped = e => e is DataFileException,
            Seeds = () => [Seeds.Excerpt(["msdrg", "v43", "mce", "cases", "cases-mce-431.tsv"], 40)],
            Tokens = s_lineTokens,
        },
        new()
        {
            Name = "cli-arguments",
            Run = Cli,
            IsTyped = _ => false,
            Seeds = () => [.. Seeds.CommandLines()],
            Tokens = ["\n", "--json", "--age", "--sex", "--pdx", "--sdx", "--procedure", "--discharge-status", "--discharge-date", "--date", "--system", "--limit", "--version", "-", "--", "\n-1\n", "\nQ\n", "\n999\n", "=", ":Y"],
        },
    ];

    /// <summary>The commands the CLI target runs: those that only read (no --out, no files written, no folders searched).</summary>
    private static readonly HashSet<string> s_readOnlyCommands = new(StringComparer.Ordinal) { "lookup", "map", "drg", "mce", "search", "scrub" };

    /// <summary>Runs <c>medcoding</c> in process on the input's lines as arguments; nothing it prints may be a stack trace.</summary>
    private static void Cli(byte[] input)
    {
        var args = Encoding.UTF8.GetString(input).Split('\n');
        if (args.Length > 40 || !s_readOnlyCommands.Contains(args[0]) || args.Any(a => a.Contains('/', StringComparison.Ordinal) || a.StartsWith("--out", StringComparison.Ordinal) || a.StartsWith("--html", StringComparison.Ordinal) || a.StartsWith("--data", StringComparison.Ordinal)))
        {
            // Not run: a command that writes or searches the file system. The parser alone still reads it.
            args = ["lookup", .. args.Take(40).Where(a => !a.Contains('/', StringComparison.Ordinal) && !a.StartsWith("--", StringComparison.Ordinal) && a.Length < 64)];
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        MedCodingCommand.Run(args, new StringReader(""), output, error);
        var printed = error.ToString();
        if (printed.Contains("   at ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"medcoding printed a stack trace: {printed}");
        }
    }

    /// <summary>
    /// Runs several parsers on one input (each a reading of the same format: a claim or an encounter; a release of one
    /// system or another): accepted when one reads it, else every typed rejection is thrown together (their messages are
    /// checked); anything else is thrown at once.
    /// </summary>
    private static void AnyOf(params Action[] parsers)
    {
        var typed = new List<Exception>();
        foreach (var parse in parsers)
        {
            try
            {
                parse();
            }
            catch (Exception e) when (e is ClaimFormatException or CompiledDataException or DataFileException)
            {
                typed.Add(e);
            }
        }

        if (typed.Count == parsers.Length)
        {
            throw new AggregateException(typed);
        }
    }
}
