using System.CommandLine;
using System.Text;
using MedCoding.Billing;
using MedCoding.Billing.Json;
using MedCoding.Billing.X12;
using MedCoding.Claims;
using MedCoding.CodeSets;

namespace MedCoding.Cli;

/// <summary><c>medcoding claim 837 CLAIM.json [--out FILE]</c>: writes a billing claim as an X12 837 interchange.</summary>
internal static class ClaimCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr) => Create(TextReader.Null, stdout, stderr, TimeProvider.System);

    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr) => Create(stdin, stdout, stderr, TimeProvider.System);

    public static Command Create(TextWriter stdout, TextWriter stderr, TimeProvider clock) => Create(TextReader.Null, stdout, stderr, clock);

    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        var file = new Argument<string>("claim.json") { Description = "A billing claim in the MedCoding.Billing JSON form (at most 1 MiB), or - for standard input." };
        var output = new Option<FileInfo?>("--out") { Description = "Write the 837 to this file instead of standard output." };
        var sender = new Option<string?>("--sender-id") { Description = "Interchange sender id (ISA06); default: the billing provider's tax id." };
        var receiver = new Option<string?>("--receiver-id") { Description = "Interchange receiver id (ISA08); default: the payer id." };
        var receiverName = new Option<string?>("--receiver-name") { Description = "Receiver (clearinghouse) name; default: the payer name." };
        var contact = new Option<string?>("--contact") { Description = "Submitter contact name; default: the billing provider's name." };
        var phone = new Option<string>("--phone") { Description = "Submitter contact telephone number, digits only.", DefaultValueFactory = _ => "0000000000" };
        var control = new Option<int>("--control-number") { Description = "Interchange control number (ISA13), 1 to 999999999.", DefaultValueFactory = _ => 1 };
        var test = new Option<bool>("--test") { Description = "Mark the interchange as test data (ISA15 T)." };

        var write837 = new Command("837", "Write a professional (005010X222A1) or institutional (005010X223A2) 837 claim.")
        {
            file, output, sender, receiver, receiverName, contact, phone, control, test,
        };
        write837.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(file);
            var name = path == "-" ? "standard input" : MessageText.Line(Path.GetFileName(path), 80);
            BillingClaim claim;
            string x12;
            try
            {
                if (path == "-")
                {
                    claim = InputLimits.TryReadToEnd(stdin, InputLimits.ClaimJsonBytes, out var text)
                        ? BillingJson.Deserialize<BillingClaim>(text)
                        : throw new ClaimFormatException(string.Empty, $"the JSON is larger than {InputLimits.Describe(InputLimits.ClaimJsonBytes)}; no claim form holds that much.");
                }
                else
                {
                    using var stream = File.OpenRead(path);
                    claim = BillingJson.Deserialize<BillingClaim>(stream);
                }

                var options = new X12InterchangeOptions
                {
                    SenderId = parse.GetValue(sender) ?? claim.BillingProvider.TaxId!,
                    ReceiverId = parse.GetValue(receiver) ?? claim.Payer.PayerId,
                    ReceiverName = parse.GetValue(receiverName) ?? claim.Payer.Name,
                    SubmitterName = claim.BillingProvider.Name,
                    SubmitterContactName = parse.GetValue(contact) ?? claim.BillingProvider.Name,
                    SubmitterPhone = parse.GetValue(phone)!,
                    InterchangeControlNumber = parse.GetValue(control),
                    IsTest = parse.GetValue(test),
                };
                x12 = Claim837Writer.Write(claim, options, clock.GetUtcNow());
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"medcoding: cannot read {name}: {MessageText.DescribeIOError(e)}.");
                return ExitCodes.Failure;
            }
            catch (ClaimFormatException e)
            {
                stderr.WriteLine($"medcoding: {name}: {e.Message}");
                return ExitCodes.Failure;
            }
            catch (X12WriteException e)
            {
                stderr.WriteLine($"medcoding: {name} cannot be written as an 837: {e.Message}");
                return ExitCodes.Failure;
            }
            catch (ArgumentOutOfRangeException e)
            {
                stderr.WriteLine($"medcoding: {e.ParamName} is out of range.");
                return ExitCodes.Failure;
            }

            if (parse.GetValue(output) is { } target)
            {
                try
                {
                    File.WriteAllText(target.FullName, x12, new UTF8Encoding(false));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    stderr.WriteLine($"medcoding: cannot write {target.Name}: {e.GetType().Name}.");
                    return ExitCodes.Failure;
                }

                stderr.WriteLine($"medcoding: wrote {(claim.Claim.Type == ClaimType.Professional ? "837P" : "837I")} to {target.Name}.");
            }
            else
            {
                stdout.Write(x12);
            }

            return ExitCodes.Success;
        });

        return new Command("claim", "Billing claims: write them as X12 837 transactions.") { write837 };
    }
}
