using System.Globalization;
using System.Text.Json;
using MedCoding.CodeSets;
using MedCoding.Hcpcs;

namespace MedCoding.Cli;

/// <summary><c>lookup --system hcpcs</c>: HCPCS Level II codes with every field of the CMS alpha-numeric file.</summary>
internal static class HcpcsLookup
{
    public static Func<string, bool> Create(HcpcsLevel2Release release, bool json, TextWriter stdout)
    {
        var writer = new JsonLine(stdout);
        return input =>
        {
            var record = release.FindProcedure(input);
            if (record is null)
            {
                var error = HcpcsCode.TryParse(input, out var code, out var parseError)
                    ? $"{code} is not a code in {release.Release.Name}."
                    : parseError;
                if (json)
                {
                    writer.WriteNotFound(input.Trim(), "HCPCS Level II", error);
                }
                else
                {
                    stdout.WriteLine($"{input.Trim()}  NOT FOUND: {error}{Environment.NewLine}");
                }

                return false;
            }

            if (json)
            {
                writer.Write(j =>
                {
                    j.WriteString("code", record.Code);
                    j.WriteBoolean("found", true);
                    j.WriteString("system", release.Release.System.DisplayName());
                    j.WriteString("release", release.Release.Version);
                    j.WriteString("kind", "code");
                    j.WriteBoolean("billable", record.TerminationDate is null);
                    j.WriteString("title", record.LongDescription);
                    j.WriteString("shortTitle", record.ShortDescription);
                    WriteFields(j, record);
                });
            }
            else
            {
                WriteText(stdout, release, record);
            }

            return true;
        };
    }

    /// <summary>Writes the administrative fields of a record (shared with the modifier lookup).</summary>
    internal static void WriteFields(Utf8JsonWriter j, HcpcsRecord record)
    {
        JsonLine.WriteStrings(j, "pricingIndicators", record.PricingIndicators);
        JsonLine.WriteOptional(j, "multiplePricingIndicator", record.MultiplePricingIndicator?.ToString());
        JsonLine.WriteStrings(j, "coverageIssuesManual", record.CoverageIssuesManualReferences);
        JsonLine.WriteStrings(j, "carriersManual", record.CarriersManualReferences);
        JsonLine.WriteOptional(j, "statute", record.Statute);
        JsonLine.WriteStrings(j, "labCertifications", record.LabCertifications);
        JsonLine.WriteStrings(j, "crossReferences", record.CrossReferences);
        JsonLine.WriteOptional(j, "coverage", record.Coverage is { } coverage ? JsonNamingPolicy.CamelCase.ConvertName(coverage.ToString()) : null);
        j.WriteBoolean("ascApproved", record.IsAscApproved);
        JsonLine.WriteOptional(j, "ascPaymentGroupEffectiveDate", Date(record.AscPaymentGroupEffectiveDate));
        JsonLine.WriteOptional(j, "mogPaymentGroup", record.MogPaymentGroup);
        JsonLine.WriteOptional(j, "mogPaymentPolicyIndicator", record.MogPaymentPolicyIndicator?.ToString());
        JsonLine.WriteOptional(j, "mogEffectiveDate", Date(record.MogEffectiveDate));
        JsonLine.WriteOptional(j, "processingNote", record.ProcessingNoteNumber);
        JsonLine.WriteOptional(j, "betos", record.Betos);
        JsonLine.WriteStrings(j, "typesOfService", record.TypesOfService.Select(t => t.ToString()));
        if (record.AnesthesiaBaseUnits is { } units)
        {
            j.WriteNumber("anesthesiaBaseUnits", units);
        }

        JsonLine.WriteOptional(j, "addedDate", Date(record.AddedDate));
        JsonLine.WriteOptional(j, "actionEffectiveDate", Date(record.ActionEffectiveDate));
        JsonLine.WriteOptional(j, "terminationDate", Date(record.TerminationDate));
        j.WriteString("actionCode", JsonNamingPolicy.CamelCase.ConvertName(record.ActionCode.ToString()));
    }

    internal static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteText(TextWriter output, HcpcsLevel2Release release, HcpcsRecord record)
    {
        output.WriteLine($"{record.Code}  {record.LongDescription}");
        output.WriteLine($"  {release.Release.Name}, short: {record.ShortDescription}");
        output.WriteLine($"  Pricing {string.Join(' ', record.PricingIndicators)}; coverage {record.Coverage?.ToString() ?? "-"}; BETOS {record.Betos ?? "-"}; type of service {string.Join(' ', record.TypesOfService)}; action {record.ActionCode}");
        output.WriteLine($"  Added {Date(record.AddedDate) ?? "-"}, action effective {Date(record.ActionEffectiveDate) ?? "-"}{(record.TerminationDate is { } end ? $", TERMINATED {Date(end)}" : "")}");
        output.WriteLine();
    }
}
