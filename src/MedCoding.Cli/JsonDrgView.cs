using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text;
using MedCoding.CodeSets;
using MedCoding.Grouping;

namespace MedCoding.Cli;

/// <summary>Writes one JSON object per line: <c>{"line":2,"version":"v43.1","drg":470,"mdc":8,"returnCode":"OK",...}</c>.</summary>
internal sealed class JsonDrgView(TextWriter output) : IDrgView
{
    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);

    public void WriteGroupHeader(bool withExpected)
    {
    }

    public void WriteGroupResult(DrgCaseRecord record, DrgResult result)
    {
        WriteLine(json =>
        {
            json.WriteNumber("line", record.LineNumber);
            WriteSummary(json, result);
            if (record.Expected is { } expected)
            {
                json.WriteStartObject("expected");
                json.WriteNumber("drg", expected.Drg);
                json.WriteNumber("mdc", expected.Mdc);
                json.WriteString("returnCode", expected.ReturnCode.ToCmsName());
                json.WriteEndObject();
                json.WriteBoolean("agrees", expected.Matches(result));
            }
        });
    }

    public void WriteExplanation(DrgCase drgCase, DrgResult result)
    {
        WriteLine(json =>
        {
            WriteSummary(json, result);
            json.WriteString("mdcTitle", result.MdcTitle);
            json.WriteString("principalDiagnosis", drgCase.PrincipalDiagnosis.Code);
            json.WriteNumber("principalDiagnosisMdc", result.PrincipalDiagnosisMdc);
            json.WriteString("severity", result.CountedSeverity.ToCmsName());
            json.WriteStartArray("secondaryDiagnoses");
            foreach (var finding in result.SecondaryDiagnoses)
            {
                json.WriteStartObject();
                json.WriteString("code", finding.Diagnosis.Code);
                json.WriteString("poa", finding.Diagnosis.Poa.ToClaimValue());
                json.WriteString("severity", finding.Severity.ToCmsName());
                json.WriteString("status", finding.Status.ToName());
                json.WriteString("reason", finding.Status.Describe());
                json.WriteStartArray("hacs");
                foreach (var number in finding.HacNumbers)
                {
                    json.WriteNumberValue(number);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (result.DrivingProcedure is { } driving)
            {
                json.WriteString("drivingProcedure", driving);
            }
            else
            {
                json.WriteNull("drivingProcedure");
            }

            json.WriteStartArray("hacs");
            foreach (var hac in result.Hacs)
            {
                json.WriteStartObject();
                json.WriteNumber("number", hac.Number);
                json.WriteString("title", hac.Title);
                json.WriteString("code", hac.DiagnosisCode);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("path");
            foreach (var step in result.Path)
            {
                json.WriteStartObject();
                json.WriteNumber("mdc", step.Mdc);
                json.WriteNumber("rank", step.Rank);
                json.WriteString("formula", step.Formula);
                json.WriteString("outcome", step.Description);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    private static void WriteSummary(Utf8JsonWriter json, DrgResult result)
    {
        json.WriteString("version", $"v{result.Release.Version}");
        json.WriteNumber("drg", result.Drg);
        json.WriteNumber("mdc", result.Mdc);
        json.WriteString("returnCode", result.ReturnCode.ToCmsName());
        json.WriteString("drgType", result.Type.ToCmsName());
        json.WriteString("drgTitle", result.DrgTitle);
    }

    private void WriteLine(Action<Utf8JsonWriter> body)
    {
        _buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(_buffer, s_options))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(_buffer.WrittenSpan));
    }
}
