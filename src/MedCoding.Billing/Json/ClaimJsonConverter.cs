using System.Text.Json;
using System.Text.Json.Serialization;
using MedCoding.Claims;
using MedCoding.Claims.Json;

namespace MedCoding.Billing.Json;

/// <summary>Writes and reads the coded content of a billing claim in the claim model's own JSON form (<see cref="ClaimJson"/>).</summary>
internal sealed class ClaimJsonConverter : JsonConverter<Claim>
{
    public override Claim Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return ClaimJson.Parse(document.RootElement.GetRawText());
    }

    public override void Write(Utf8JsonWriter writer, Claim value, JsonSerializerOptions options) => writer.WriteRawValue(ClaimJson.Serialize(value), skipInputValidation: true);
}
