using System.CommandLine;
using System.Globalization;
using MedCoding.Billing.Denials;
using MedCoding.Billing.Json;
using MedCoding.Billing.X12;
using MedCoding.CodeSets;

namespace MedCoding.Cli;

/// <summary><c>medcoding remit 835FILE [--json] [--carc FILE]</c>: reads an 835 remittance and routes its denials.</summary>
internal static class RemitCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr) => Create(TextReader.Null, stdout, stderr);

    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("835file") { Description = "An X12 835 remittance advice (005010X221A1), or - for standard input; read one segment at a time, at most 256 Mi characters." };
        var json = new Option<bool>("--json") { Description = "Print {\"remittances\":[...],\"workQueue\":{...}} as JSON." };
        var carc = new Option<FileInfo?>("--carc") { Description = "A CSV (carc,job,cause,label) adding to or replacing the built-in CARC routing." };
        var command = new Command("remit", "Read an 835 remittance: payments, adjustments (CARC), remarks (RARC), and the denial work queue.")
        {
            file, json, carc,
        };

        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(file);
            var name = path == "-" ? "standard input" : MessageText.Line(Path.GetFileName(path), 80);
            IReadOnlyList<Remittance> remittances;
            CarcTable table;
            try
            {
                table = parse.GetValue(carc) is { } csv ? CarcTable.Default.WithCsvFile(csv.FullName) : CarcTable.Default;
                if (path == "-")
                {
                    remittances = RemittanceReader.Read(stdin);
                }
                else
                {
                    using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
                    remittances = RemittanceReader.Read(reader);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"medcoding: cannot read {name}: {MessageText.DescribeIOError(e)}.");
                return ExitCodes.Failure;
            }
            catch (X12FormatException e)
            {
                stderr.WriteLine($"medcoding: {name} is not a valid 835: {e.Message}");
                return ExitCodes.Failure;
            }
            catch (CarcTableFormatException e)
            {
                stderr.WriteLine($"medcoding: {e.Message}");
                return ExitCodes.Failure;
            }

            var queue = WorkQueue.From(remittances, table);
            if (parse.GetValue(json))
            {
                stdout.Write("{\"remittances\":");
                stdout.Write(BillingJson.Serialize(remittances));
                stdout.Write(",\"workQueue\":");
                stdout.Write(BillingJson.Serialize(queue));
                stdout.WriteLine("}");
            }
            else
            {
                WriteText(stdout, remittances, queue, table);
            }

            return ExitCodes.Success;
        });

        return command;
    }

    private static void WriteText(TextWriter output, IReadOnlyList<Remittance> remittances, WorkQueue queue, CarcTable table)
    {
        foreach (var remittance in remittances)
        {
            var payment = remittance.Payment;
            output.WriteLine($"Remittance from {remittance.PayerName}: {Money(payment.Amount)} by {payment.Method} on {payment.Date:yyyy-MM-dd}, trace {payment.TraceNumber}{(remittance.IsBalanced ? string.Empty : "  (NOT BALANCED)")}");
            foreach (var claim in remittance.Claims)
            {
                output.WriteLine($"  Claim {claim.ClaimId} ({claim.Status}): charged {Money(claim.ChargeAmount)}, paid {Money(claim.PaidAmount)}, patient {Money(claim.PatientResponsibility ?? 0)}{(claim.PayerClaimControlNumber is { } icn ? $", payer claim {icn}" : string.Empty)}");
                WriteAdjustments(output, table, "    ", claim.Adjustments, claim.RemarkCodes);
                foreach (var service in claim.Services)
                {
                    var modifiers = service.Modifiers.Count > 0 ? "-" + string.Join("-", service.Modifiers) : string.Empty;
                    output.WriteLine($"    Line {service.Code}{modifiers}{(service.ServiceDate is { } d ? $" on {d:yyyy-MM-dd}" : string.Empty)}: charged {Money(service.ChargeAmount)}, paid {Money(service.PaidAmount)}");
                    WriteAdjustments(output, table, "      ", service.Adjustments, service.RemarkCodes);
                }
            }

            foreach (var plb in remittance.ProviderAdjustments)
            {
                output.WriteLine($"  Provider adjustment {plb.ReasonCode}{(plb.Reference is { } r ? $" ({r})" : string.Empty)}: {Money(plb.Amount)}");
            }
        }

        output.WriteLine();
        foreach (var job in new[] { Job.Coder, Job.Biller })
        {
            var items = queue.For(job).ToList();
            output.WriteLine($"Work queue, {job.ToString().ToLowerInvariant()} ({items.Count}):");
            foreach (var item in items)
            {
                output.WriteLine($"  {item.ClaimId}{(item.ServiceCode is { } code ? $" line {code}" : string.Empty)}: {item.Group.ToCode()}-{item.ReasonCode} {Money(item.Amount)}  {item.Route.Cause}: {item.Route.Label}{(item.RemarkCodes.Count > 0 ? $" [{string.Join(", ", item.RemarkCodes)}]" : string.Empty)}");
            }
        }
    }

    private static void WriteAdjustments(TextWriter output, CarcTable table, string indent, IReadOnlyList<Adjustment> adjustments, IReadOnlyList<string> remarks)
    {
        foreach (var adjustment in adjustments)
        {
            var label = table.GetOrNull(adjustment.ReasonCode)?.Label ?? "reason code not in the routing table";
            output.WriteLine($"{indent}{adjustment.Group.ToCode()}-{adjustment.ReasonCode} {Money(adjustment.Amount)}  {label}");
        }

        if (remarks.Count > 0)
        {
            output.WriteLine($"{indent}Remarks: {string.Join(", ", remarks)}");
        }
    }

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
