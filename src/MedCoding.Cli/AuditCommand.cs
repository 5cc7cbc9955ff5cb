using System.CommandLine;
using System.Globalization;
using MedCoding.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace MedCoding.Cli;

/// <summary>
/// <c>medcoding audit PAIRS.tsv [--json] [--html FILE] [--weights FILE --base-rate N]</c>: audits each coder/auditor pair
/// of a file (the layout of <see cref="AuditPairFile"/>) and prints each pair's DRGs, shift and differences, then the
/// accuracy rates per coder and overall.
/// </summary>
internal static class AuditCommand
{
    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "The pair file (TSV: id coder version age sex discharge_status procedures coded_pdx coded_pdx_poa coded_sdx audited_pdx audited_pdx_poa audited_sdx; '-' for standard input)." }.NotEmpty();
        var json = new Option<bool>("--json") { Description = "Print one JSON object per pair, then one {\"summary\":...}." };
        var html = new Option<FileInfo?>("--html") { Description = "Also write a self-contained HTML report to this file." };
        var weights = new Option<FileInfo?>("--weights") { Description = "CMS's IPPS Table 5 (relative weights), to order DRGs by weight and price the difference." };
        var baseRate = new Option<decimal?>("--base-rate") { Description = "The hospital's base rate in dollars (needs --weights): the payment difference." };
        var command = new Command("audit", "Audit coded inpatient cases against the auditor's version: every difference classified, the DRG shift and its cause, accuracy per coder.")
        {
            file, json, html, weights, baseRate,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(baseRate) is not null && parse.GetValue(weights) is null)
            {
                stderr.WriteLine("medcoding audit: --base-rate needs --weights.");
                return ExitCodes.Failure;
            }

            using var services = CliServices.Build();
            var table = parse.GetValue(weights) is { } weightsFile ? RelativeWeightTable.Load(weightsFile.FullName) : null;
            var auditor = table is null ? services.GetRequiredService<CodingAuditor>() : new CodingAuditor(services.GetRequiredService<Grouping.IDrgGrouper>(), table, parse.GetValue(baseRate));
            var path = parse.GetRequiredValue(file);
            var pairs = path == "-" ? AuditPairFile.Read(stdin, "standard input") : AuditPairFile.Read(path);
            var batch = auditor.AuditBatch(pairs);
            if (parse.GetValue(json))
            {
                AuditReport.WriteJsonLines(batch, stdout);
            }
            else
            {
                WriteText(batch, stdout);
            }

            if (parse.GetValue(html) is { } htmlFile)
            {
                using var writer = new StreamWriter(htmlFile.FullName);
                AuditReport.WriteHtml(batch, writer);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(BatchAudit batch, TextWriter stdout)
    {
        foreach (var (pair, audit) in batch.Encounters)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pair.Id} {pair.Coder}: DRG {audit.CodedResult.Drg:000} -> {audit.AuditedResult.Drg:000} ({audit.Shift.ToName()})"));
            foreach (var difference in audit.Differences)
            {
                stdout.WriteLine($"  {difference}");
            }

            foreach (var cause in audit.ShiftCauses)
            {
                stdout.WriteLine($"  cause: {cause.Description}");
            }
        }

        foreach (var (coder, summary) in batch.Coders.Append(new KeyValuePair<string, AccuracySummary>("all", batch.Overall)))
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{coder}: {summary.Encounters} encounters, codes {summary.CodeAccuracy:P1}, encounters {summary.EncounterAccuracy:P1}, DRG {summary.DrgAccuracy:P1}, principal dx {summary.PrincipalDiagnosisAccuracy:P1}, under-coded {summary.UnderCoded}, over-coded {summary.OverCoded}"));
        }
    }
}
