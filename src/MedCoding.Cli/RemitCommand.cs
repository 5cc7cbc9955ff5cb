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
            var asJson = parse.GetValue(json);
            CarcTable table;
            try
            {
                table = parse.GetValue(carc) is { } csv ? CarcTable.Default.WithCsvFile(csv.FullName) : CarcTable.Default;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"medcoding: cannot read {name}: {MessageText.DescribeIOError(e)}.");
                return ExitCodes.Failure;
            }
            catch (CarcTableFormatException e)
            {
                stderr.WriteLine($"medcoding: {e.Message}");
                return ExitCodes.Failure;
            }

            // Two passes, so that memory grows with the work items, not with the file, and nothing is printed for a
            // malformed file: the first checks the whole file, keeping each remittance's totals and the work queue
            // (compactly); the second prints each claim as it is read again. Standard input is copied to a temporary file,
            // deleted on close, as the first pass reads it.
            FileStream? spool = null;
            try
            {
                var summaries = new List<RemittanceSummary>();
                var queue = new WorkQueueBuilder(table);
                if (path == "-")
                {
                    spool = new FileStream(
                        Path.Combine(Path.GetTempPath(), $"medcoding-remit-{Guid.NewGuid():N}.835"),
                        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
                    using (var copy = new SpoolingReader(stdin, new StreamWriter(spool, s_utf8, 1 << 16, leaveOpen: true)))
                    {
                        RemittanceReader.ReadClaims(copy, (payment, claim) => queue.Add(payment, claim), summaries.Add);
                    }

                    spool.Position = 0;
                }
                else
                {
                    using var first = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
                    RemittanceReader.ReadClaims(first, (payment, claim) => queue.Add(payment, claim), summaries.Add);
                }

                RemitOutput output = asJson ? new JsonRemitOutput(stdout, summaries) : new TextRemitOutput(stdout, summaries, table);
                using (var second = spool is null ? new StreamReader(path, detectEncodingFromByteOrderMarks: true) : new StreamReader(spool, s_utf8, false, 1 << 16, leaveOpen: true))
                {
                    RemittanceReader.ReadClaims(second, (_, claim) => output.Claim(claim), output.EndRemittance);
                }

                output.End(queue.Build());
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
            finally
            {
                spool?.Dispose();
            }

            return ExitCodes.Success;
        });

        return command;
    }

    private static readonly System.Text.UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Prints the remittances claim by claim as the second pass reads them, then the work queue.</summary>
    /// <param name="summaries">Each remittance's totals from the first pass, in file order: a remittance's first line comes before its claims.</param>
    private abstract class RemitOutput(IReadOnlyList<RemittanceSummary> summaries)
    {
        private int _remittance;
        private bool _started;

        /// <summary>Gets the number of remittances the first pass read.</summary>
        protected int RemittanceCount => summaries.Count;

        public void Claim(ClaimPayment claim)
        {
            Start();
            WriteClaim(claim);
        }

        public void EndRemittance(RemittanceSummary summary)
        {
            Start();
            WriteEnd(summary);
            _remittance++;
            _started = false;
        }

        public abstract void End(WorkQueue queue);

        protected abstract void WriteStart(RemittanceSummary summary, bool first);

        protected abstract void WriteClaim(ClaimPayment claim);

        protected abstract void WriteEnd(RemittanceSummary summary);

        private void Start()
        {
            if (!_started)
            {
                // The file was read once already: a difference now means it changed between the two passes.
                WriteStart(_remittance < summaries.Count ? summaries[_remittance] : throw new IOException("the file changed while it was read"), _remittance == 0);
                _started = true;
            }
        }
    }

    /// <summary>The text form: each remittance, its claims, lines and adjustments, then the queue by job.</summary>
    private sealed class TextRemitOutput(TextWriter output, IReadOnlyList<RemittanceSummary> summaries, CarcTable table) : RemitOutput(summaries)
    {
        protected override void WriteStart(RemittanceSummary remittance, bool first)
        {
            var payment = remittance.Payment;
            output.WriteLine($"Remittance from {remittance.PayerName}: {Money(payment.Amount)} by {payment.Method} on {payment.Date:yyyy-MM-dd}, trace {payment.TraceNumber}{(remittance.IsBalanced ? string.Empty : "  (NOT BALANCED)")}");
        }

        protected override void WriteClaim(ClaimPayment claim)
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

        protected override void WriteEnd(RemittanceSummary remittance)
        {
            foreach (var plb in remittance.ProviderAdjustments)
            {
                output.WriteLine($"  Provider adjustment {plb.ReasonCode}{(plb.Reference is { } r ? $" ({r})" : string.Empty)}: {Money(plb.Amount)}");
            }
        }

        public override void End(WorkQueue queue)
        {
            output.WriteLine();
            foreach (var job in new[] { Job.Coder, Job.Biller })
            {
                output.WriteLine($"Work queue, {job.ToString().ToLowerInvariant()} ({queue.For(job).Count()}):");
                foreach (var item in queue.For(job))
                {
                    output.WriteLine($"  {item.ClaimId}{(item.ServiceCode is { } code ? $" line {code}" : string.Empty)}: {item.Group.ToCode()}-{item.ReasonCode} {Money(item.Amount)}  {item.Route.Cause}: {item.Route.Label}{(item.RemarkCodes.Count > 0 ? $" [{string.Join(", ", item.RemarkCodes)}]" : string.Empty)}");
                }
            }
        }
    }

    /// <summary>
    /// The JSON form, <c>{"remittances":[...],"workQueue":{...}}</c>, written piece by piece: byte for byte what
    /// <see cref="BillingJson.Serialize{T}"/> writes for the whole list and the whole queue, without holding either.
    /// </summary>
    private sealed class JsonRemitOutput(TextWriter output, IReadOnlyList<RemittanceSummary> summaries) : RemitOutput(summaries)
    {
        private const string Claims = "\"claims\":[";

        private string _tail = string.Empty;
        private bool _firstClaim;

        protected override void WriteStart(RemittanceSummary remittance, bool first)
        {
            // The remittance written with no claims gives every other field, in the serializer's order: the claims go
            // where its empty array is. (A quote inside a JSON string is escaped, so the first "claims":[ is the field.)
            var shell = BillingJson.Serialize(new Remittance(remittance.Payment, remittance.PayerName, [], remittance.ProviderAdjustments, remittance.PayeeName, remittance.PayeeId, remittance.ProductionDate));
            var at = shell.IndexOf(Claims + "]", StringComparison.Ordinal) + Claims.Length;
            output.Write(first ? "{\"remittances\":[" : ",");
            output.Write(shell.AsSpan(0, at));
            _tail = shell[at..];
            _firstClaim = true;
        }

        protected override void WriteClaim(ClaimPayment claim)
        {
            if (!_firstClaim)
            {
                output.Write(',');
            }

            output.Write(BillingJson.Serialize(claim));
            _firstClaim = false;
        }

        protected override void WriteEnd(RemittanceSummary summary) => output.Write(_tail);

        public override void End(WorkQueue queue)
        {
            output.Write(RemittanceCount == 0 ? "{\"remittances\":[]" : "]");
            output.Write(",\"workQueue\":");
            var shell = BillingJson.Serialize(new WorkQueue(Array.Empty<WorkItem>()));
            var at = shell.IndexOf("[]", StringComparison.Ordinal) + 1;
            output.Write(shell.AsSpan(0, at));
            var first = true;
            foreach (var item in queue.Items)
            {
                if (!first)
                {
                    output.Write(',');
                }

                output.Write(BillingJson.Serialize(item));
                first = false;
            }

            output.Write(shell.AsSpan(at));
            output.WriteLine("}");
        }
    }

    /// <summary>Reads standard input, copying every character read to a file for the second pass.</summary>
    private sealed class SpoolingReader(TextReader source, StreamWriter copy) : TextReader
    {
        public override int Peek() => source.Peek();

        public override int Read()
        {
            var c = source.Read();
            if (c >= 0)
            {
                copy.Write((char)c);
            }

            return c;
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            var read = source.Read(buffer);
            copy.Write(buffer[..read]);
            return read;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                copy.Dispose();
            }

            base.Dispose(disposing);
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
