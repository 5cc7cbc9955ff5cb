using System.Text;
using MedCoding.Claims.Json;
using MedCoding.CodeSets;
using MedCoding.Testing;

namespace MedCoding.Claims.Tests;

/// <summary>Claim JSON as an attacker or a careless integrator writes it.</summary>
public partial class ClaimJsonTests
{
    private const string Minimal = """{"type":"professional","dateOfService":"2025-11-03","patient":{"birthDate":"1950-02-01","sex":"F"},"diagnoses":[{"code":"E11.65"}]}""";

    [Theory]
    [InlineData("""{"type":"professional","type":"institutional","dateOfService":"2025-11-03","patient":{"birthDate":"1950-02-01","sex":"F"},"diagnoses":[]}""", "type")]
    [InlineData("""{"type":"professional","dateOfService":"2025-11-03","patient":{"birthDate":"1950-02-01","sex":"F","sex":"M"},"diagnoses":[]}""", "patient.sex")]
    [InlineData("""{"type":"professional","dateOfService":"2025-11-03","patient":{"birthDate":"1950-02-01","sex":"F"},"diagnoses":[{"code":"E11.65","code":"I10"}]}""", "diagnoses[0].code")]
    public void Parse_DuplicateKey_IsAnErrorNamingTheField(string json, string field)
    {
        var act = () => ClaimJson.Parse(json);

        var e = act.Should().Throw<ClaimFormatException>().Which;
        e.Field.Should().Be(field);
        e.Message.Should().Contain("appears twice").And.NotContain("same key");
    }

    [Fact]
    public void Parse_Utf8ByteOrderMark_IsAccepted()
    {
        var bytes = (byte[])[0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Minimal)];

        ClaimJson.Parse(bytes).Should().Be(ClaimJson.Parse(Minimal));
        ClaimJson.Parse(new MemoryStream(bytes)).Should().Be(ClaimJson.Parse(Minimal));
        ClaimJson.Parse("\uFEFF" + Minimal).Should().Be(ClaimJson.Parse(Minimal));
    }

    [Fact]
    public void Parse_EndlessStream_IsRefusedAfterTheLimit()
    {
        var endless = HostileInput.Endless((byte)' ');

        var act = () => ClaimJson.Parse(endless);

        act.Should().Throw<ClaimFormatException>().WithMessage("the claim JSON is larger than 1 MiB; no claim form holds that much.");
        endless.BytesRead.Should().BeLessThanOrEqualTo(InputLimits.ClaimJsonBytes + (1 << 16));
    }

    [Fact]
    public void Parse_EndlessReader_IsRefusedAfterTheLimit()
    {
        var endless = HostileInput.EndlessText();

        var act = () => ClaimJson.Parse(endless);

        act.Should().Throw<ClaimFormatException>().WithMessage("the claim JSON is larger than 1 MiB*");
        endless.CharsRead.Should().Be(InputLimits.ClaimJsonBytes + 1);
    }

    [Fact]
    public void Parse_TwentyThousandDiagnoses_IsRefusedNamingTheField()
    {
        var json = Minimal.Replace("""[{"code":"E11.65"}]""", "[" + string.Join(',', Enumerable.Repeat("""{"code":"E11.65"}""", 20_000)) + "]", StringComparison.Ordinal);

        var act = () => ClaimJson.Parse(json);

        var e = act.Should().Throw<ClaimFormatException>().Which;
        e.Field.Should().Be("diagnoses");
        e.Message.Should().Be("diagnoses: the claim has 20000 diagnoses; a professional claim (837P) holds at most 12.");
    }

    [Fact]
    public void Parse_FiveThousandCharacterFieldName_IsCutShortInTheMessage()
    {
        var json = Minimal.Replace("\"type\"", "\"" + new string('x', 5_000) + "\":1,\"type\"", StringComparison.Ordinal);

        var act = () => ClaimJson.Parse(json);

        var e = act.Should().Throw<ClaimFormatException>().Which;
        e.Message.Length.Should().BeLessThanOrEqualTo(MessageText.MaxMessageLength + 1);
        e.Message.Should().Contain("\u2026").And.EndWith("unknown field.");
    }

    [Fact]
    public void Parse_FieldNameWithCarriageReturn_IsEscapedInTheMessage()
    {
        var json = Minimal.Replace("\"type\"", "\"a\\rb\":1,\"type\"", StringComparison.Ordinal);

        var act = () => ClaimJson.Parse(json);

        act.Should().Throw<ClaimFormatException>().Which.Message.Should().Be(@"a\rb: unknown field.");
    }

    [Fact]
    public void Parse_WrongShape_NeverGivesADotNetTypeName()
    {
        var json = Minimal.Replace("\"2025-11-03\"", "[1]", StringComparison.Ordinal);

        var act = () => ClaimJson.Parse(json);

        act.Should().Throw<ClaimFormatException>().Which.Message.Should().NotContain("System.").And.NotContain("Nullable");
    }
}
