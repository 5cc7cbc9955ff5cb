using System.Globalization;
using System.Net;

namespace MedCoding.Audit;

public static partial class AuditReport
{
    private const int BarWidth = 360;
    private const int BarHeight = 18;
    private const int LabelWidth = 90;

    /// <summary>
    /// Writes a self-contained HTML report a coding manager opens in a browser: the summary, one bar chart per coder
    /// (inline SVG: code, encounter, DRG and principal-diagnosis accuracy), and the worst encounters with their differences.
    /// No script, stylesheet, font or image is loaded from anywhere.
    /// </summary>
    /// <param name="batch">The batch audit.</param>
    /// <param name="output">Where to write; not closed.</param>
    /// <param name="worstEncounters">How many of the worst encounters to list: those whose DRG changed first (largest payment difference first when priced), then by number of differences.</param>
    public static void WriteHtml(BatchAudit batch, TextWriter output, int worstEncounters = 20)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegative(worstEncounters);
        var overall = batch.Overall;
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Coding audit</title>");
        output.WriteLine("<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}th{background:#f0f0f0}.up{color:#1a7f37}.down{color:#b42318}h2{margin-top:1.5em}</style>");
        output.WriteLine("</head><body>");
        output.WriteLine("<h1>Coding audit</h1>");
        output.WriteLine("<h2>Summary</h2><table>");
        Line(output, "Encounters", Number(overall.Encounters));
        Line(output, "Code accuracy (codes kept)", Percent(overall.CodeAccuracy));
        Line(output, "Encounter accuracy (no change)", Percent(overall.EncounterAccuracy));
        Line(output, "DRG agreement", Percent(overall.DrgAccuracy));
        Line(output, "Principal diagnosis accuracy", Percent(overall.PrincipalDiagnosisAccuracy));
        Line(output, "Under-coded (DRG up)", Number(overall.UnderCoded));
        Line(output, "Over-coded (DRG down)", Number(overall.OverCoded));
        if (overall.PaymentDifference is { } payment)
        {
            Line(output, "Payment difference (auditor minus coder)", payment.ToString("N2", CultureInfo.InvariantCulture));
        }

        output.WriteLine("</table>");
        output.WriteLine("<h2>Differences by class</h2><table><tr><th>class</th><th>count</th></tr>");
        foreach (var (kind, count) in overall.Differences)
        {
            output.WriteLine($"<tr><td>{kind.ToName()}</td><td>{Number(count)}</td></tr>");
        }

        output.WriteLine("</table>");
        output.WriteLine("<h2>Accuracy per coder</h2>");
        foreach (var (coder, summary) in batch.Coders)
        {
            output.WriteLine($"<h3>{Html(coder)} ({Number(summary.Encounters)} encounters, {Number(summary.UnderCoded)} under-coded, {Number(summary.OverCoded)} over-coded)</h3>");
            WriteBars(output, coder, [
                ("codes", summary.CodeAccuracy),
                ("encounters", summary.EncounterAccuracy),
                ("DRG", summary.DrgAccuracy),
                ("principal dx", summary.PrincipalDiagnosisAccuracy),
            ]);
        }

        output.WriteLine("<h2>Worst encounters</h2><table><tr><th>id</th><th>coder</th><th>DRG coded</th><th>DRG audited</th><th>shift</th><th>payment</th><th>differences</th><th>cause</th></tr>");
        var worst = batch.Encounters
            .Where(e => !e.Audit.IsUnchanged)
            .OrderByDescending(e => e.Audit.SameDrg ? 0 : 1)
            .ThenByDescending(e => Math.Abs(e.Audit.PaymentDifference ?? 0))
            .ThenByDescending(e => e.Audit.Differences.Count)
            .Take(worstEncounters);
        foreach (var (pair, audit) in worst)
        {
            var shift = audit.Shift.ToName();
            output.WriteLine(
                $"<tr><td>{Html(pair.Id)}</td><td>{Html(pair.Coder)}</td><td>{Number(audit.CodedResult.Drg)}</td><td>{Number(audit.AuditedResult.Drg)}</td>" +
                $"<td class=\"{shift}\">{shift}</td><td>{audit.PaymentDifference?.ToString("N2", CultureInfo.InvariantCulture) ?? ""}</td>" +
                $"<td>{string.Join("<br>", audit.Differences.Select(d => Html(d.ToString())))}</td>" +
                $"<td>{string.Join("<br>", audit.ShiftCauses.Select(c => Html(c.Description)))}</td></tr>");
        }

        output.WriteLine("</table></body></html>");
    }

    private static void WriteBars(TextWriter output, string coder, (string Label, double Rate)[] bars)
    {
        var height = bars.Length * (BarHeight + 8) + 8;
        var width = LabelWidth + BarWidth + 60;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"accuracy of {Html(coder)}\">"));
        for (var i = 0; i < bars.Length; i++)
        {
            var y = 8 + (i * (BarHeight + 8));
            var length = (int)Math.Round(bars[i].Rate * BarWidth);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<text x=\"0\" y=\"{y + 14}\" font-size=\"13\">{bars[i].Label}</text>" +
                $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{BarWidth}\" height=\"{BarHeight}\" fill=\"#eee\"/>" +
                $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{length}\" height=\"{BarHeight}\" fill=\"#2f6fb3\"/>" +
                $"<text x=\"{LabelWidth + BarWidth + 6}\" y=\"{y + 14}\" font-size=\"13\">{Percent(bars[i].Rate)}</text>"));
        }

        output.WriteLine("</svg>");
    }

    private static void Line(TextWriter output, string name, string value) => output.WriteLine($"<tr><th>{name}</th><td>{value}</td></tr>");

    private static string Percent(double rate) => (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
