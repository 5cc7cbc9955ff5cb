using System.Globalization;
using System.Text;
using System.Text.Json;
using MedCoding.Grouping;

namespace MedCoding.Audit;

/// <summary>Writes a batch audit as JSON lines or CSV, for the command line and for a coding manager's spreadsheet.</summary>
/// <remarks>
/// <para>
/// JSON: one object per encounter, in input order
/// (<c>{"id":"A0001","coder":"C03","drgCoded":291,"drgAudited":292,"shift":"down","differences":[...],...}</c>), then one
/// <c>{"summary":{"drgAgreement":0.667,...,"coders":{...}}}</c>; rates are rounded to three decimals.
/// </para>
/// <para>
/// CSV (RFC 4180, header row): one row per encounter (<see cref="WriteEncountersCsv"/>), or one row for the batch and one
/// per coder (<see cref="WriteSummaryCsv"/>) with a count column per difference class.
/// </para>
/// </remarks>
public static partial class AuditReport
{
    private static readonly JsonWriterOptions s_options = new() { Indented = false };

    /// <summary>Writes one JSON object per encounter, then the summary object, each on its own line.</summary>
    /// <param name="batch">The batch audit.</param>
    /// <param name="output">Where to write; not closed.</param>
    public static void WriteJsonLines(BatchAudit batch, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var encounter in batch.Encounters)
        {
            output.WriteLine(Json(writer => WriteEncounter(writer, encounter)));
        }

        output.WriteLine(Json(writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("summary");
            WriteSummary(writer, batch.Overall, batch.Coders);
            writer.WriteEndObject();
        }));
    }

    /// <summary>Writes one CSV row per encounter: its DRGs, MDCs, CC/MCC levels, shift, differences, causes and payment difference.</summary>
    /// <param name="batch">The batch audit.</param>
    /// <param name="output">Where to write; not closed.</param>
    public static void WriteEncountersCsv(BatchAudit batch, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("id,coder,drg_coded,drg_audited,mdc_coded,mdc_audited,severity_coded,severity_audited,shift,difference_count,differences,causes,payment_difference");
        foreach (var (pair, audit) in batch.Encounters)
        {
            Row(output, [
                pair.Id,
                pair.Coder,
                Number(audit.CodedResult.Drg),
                Number(audit.AuditedResult.Drg),
                Number(audit.CodedResult.Mdc),
                Number(audit.AuditedResult.Mdc),
                SeverityName(audit.CodedResult.CountedSeverity),
                SeverityName(audit.AuditedResult.CountedSeverity),
                audit.Shift.ToName(),
                Number(audit.Differences.Count),
                string.Join("; ", audit.Differences),
                string.Join("; ", audit.ShiftCauses.Select(c => c.Description)),
                audit.PaymentDifference?.ToString(CultureInfo.InvariantCulture) ?? "",
            ]);
        }
    }

    /// <summary>Writes the summary as CSV: one row for the whole batch (coder <c>*</c>), then one per coder.</summary>
    /// <param name="batch">The batch audit.</param>
    /// <param name="output">Where to write; not closed.</param>
    public static void WriteSummaryCsv(BatchAudit batch, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(output);
        var kinds = Enum.GetValues<DifferenceKind>();
        output.WriteLine("coder,encounters,code_accuracy,encounter_accuracy,drg_accuracy,pdx_accuracy,over_coded,under_coded,shift_none,shift_indeterminate,payment_difference," + string.Join(',', kinds.Select(k => k.ToName())));
        foreach (var (coder, summary) in batch.Coders.Prepend(new KeyValuePair<string, AccuracySummary>("*", batch.Overall)))
        {
            Row(output, [
                coder,
                Number(summary.Encounters),
                Rate(summary.CodeAccuracy),
                Rate(summary.EncounterAccuracy),
                Rate(summary.DrgAccuracy),
                Rate(summary.PrincipalDiagnosisAccuracy),
                Number(summary.OverCoded),
                Number(summary.UnderCoded),
                Number(summary.Shifts[DrgShift.None]),
                Number(summary.Shifts[DrgShift.Indeterminate]),
                summary.PaymentDifference?.ToString(CultureInfo.InvariantCulture) ?? "",
                .. kinds.Select(k => Number(summary.Differences.GetValueOrDefault(k))),
            ]);
        }
    }

    /// <summary>
    /// Writes a what-if as one JSON object on one line: <c>{"id":"W0001","drg":291,"mdc":5,"changes":[{"change":"replace",
    /// "position":"sdx2","from":"E119","to":"E1165","drg":290,"mdc":5,"drivers":["became_cc"],"severityGained":1},...]}</c>,
    /// every change in rank order.
    /// </summary>
    /// <param name="id">The case's id.</param>
    /// <param name="analysis">The what-if.</param>
    /// <param name="output">Where to write; not closed.</param>
    public static void WriteWhatIfJsonLine(string id, WhatIfAnalysis analysis, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(Json(writer => WriteWhatIfJson(writer, id, analysis)));
    }

    /// <summary>Writes a what-if as one JSON object, in the shape of <see cref="WriteWhatIfJsonLine"/>, to a JSON writer (a web response, say).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="id">The case's id.</param>
    /// <param name="analysis">The what-if.</param>
    public static void WriteWhatIfJson(Utf8JsonWriter writer, string id, WhatIfAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(analysis);
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteNumber("drg", analysis.Baseline.Drg);
        writer.WriteNumber("mdc", analysis.Baseline.Mdc);
        writer.WriteStartArray("changes");
        foreach (var change in analysis.Changes)
        {
            writer.WriteStartObject();
            writer.WriteString("change", change.Kind == WhatIfChangeKind.Replace ? "replace" : "resequence");
            writer.WriteString("position", change.Position);
            writer.WriteString("from", change.From);
            writer.WriteString("to", change.To);
            writer.WriteNumber("drg", change.Result.Drg);
            writer.WriteNumber("mdc", change.Result.Mdc);
            writer.WriteStartArray("drivers");
            foreach (var name in change.Drivers.ToNames())
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
            writer.WriteNumber("severityGained", change.SeverityGained);
            WriteOptional(writer, "weightDifference", change.WeightDifference);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes one encounter's audit as one JSON object, in the shape of the encounter lines of <see cref="WriteJsonLines"/>.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="encounter">The encounter and its audit.</param>
    public static void WriteEncounterJson(Utf8JsonWriter writer, PairAudit encounter)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encounter);
        WriteEncounter(writer, encounter);
    }

    /// <summary>Writes a batch's summary as one JSON object: the value of <c>summary</c> in <see cref="WriteJsonLines"/>, coders included.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="batch">The batch audit.</param>
    public static void WriteSummaryJson(Utf8JsonWriter writer, BatchAudit batch)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(batch);
        WriteSummary(writer, batch.Overall, batch.Coders);
    }

    /// <summary>Returns a CC/MCC level as reports write it: <c>mcc</c>, <c>cc</c> or <c>none</c>.</summary>
    internal static string SeverityName(CcSeverity severity) => severity switch
    {
        CcSeverity.Mcc => "mcc",
        CcSeverity.Cc => "cc",
        _ => "none",
    };

    private static void WriteEncounter(Utf8JsonWriter writer, PairAudit encounter)
    {
        var (pair, audit) = encounter;
        writer.WriteStartObject();
        writer.WriteString("id", pair.Id);
        writer.WriteString("coder", pair.Coder);
        writer.WriteNumber("drgCoded", audit.CodedResult.Drg);
        writer.WriteNumber("drgAudited", audit.AuditedResult.Drg);
        writer.WriteNumber("mdcCoded", audit.CodedResult.Mdc);
        writer.WriteNumber("mdcAudited", audit.AuditedResult.Mdc);
        writer.WriteString("severityCoded", SeverityName(audit.CodedResult.CountedSeverity));
        writer.WriteString("severityAudited", SeverityName(audit.AuditedResult.CountedSeverity));
        writer.WriteString("shift", audit.Shift.ToName());
        writer.WriteStartArray("differences");
        foreach (var difference in audit.Differences)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", difference.Kind.ToName());
            writer.WriteString("position", difference.Position);
            writer.WriteString("from", difference.From);
            writer.WriteString("to", difference.To);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("causes");
        foreach (var cause in audit.ShiftCauses)
        {
            writer.WriteStartObject();
            writer.WriteString("code", cause.Code);
            writer.WriteString("description", cause.Description);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteOptional(writer, "weightCoded", audit.CodedWeight);
        WriteOptional(writer, "weightAudited", audit.AuditedWeight);
        WriteOptional(writer, "paymentDifference", audit.PaymentDifference);
        writer.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter writer, AccuracySummary summary, IReadOnlyDictionary<string, AccuracySummary>? coders)
    {
        writer.WriteStartObject();
        writer.WriteNumber("encounters", summary.Encounters);
        writer.WriteNumber("codeAccuracy", Math.Round(summary.CodeAccuracy, 3));
        writer.WriteNumber("encounterAccuracy", Math.Round(summary.EncounterAccuracy, 3));
        writer.WriteNumber("drgAgreement", Math.Round(summary.DrgAccuracy, 3));
        writer.WriteNumber("principalDiagnosisAccuracy", Math.Round(summary.PrincipalDiagnosisAccuracy, 3));
        writer.WriteNumber("overCoded", summary.OverCoded);
        writer.WriteNumber("underCoded", summary.UnderCoded);
        writer.WriteStartObject("shifts");
        foreach (var (shift, count) in summary.Shifts)
        {
            writer.WriteNumber(shift.ToName(), count);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("differences");
        foreach (var (kind, count) in summary.Differences)
        {
            writer.WriteNumber(kind.ToName(), count);
        }

        writer.WriteEndObject();
        WriteOptional(writer, "paymentDifference", summary.PaymentDifference);
        if (coders is not null)
        {
            writer.WriteStartObject("coders");
            foreach (var (coder, coderSummary) in coders)
            {
                writer.WritePropertyName(coder);
                WriteSummary(writer, coderSummary, null);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, s_options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Row(TextWriter output, string[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                output.Write(',');
            }

            var cell = cells[i];
            output.Write(cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell);
        }

        output.WriteLine();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Rate(double value) => Math.Round(value, 4).ToString(CultureInfo.InvariantCulture);
}
