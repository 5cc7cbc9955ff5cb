using System.Text.Json;
using System.Text.Json.Serialization;
using MedCoding.CodeSets;

namespace MedCoding.Billing.Json;

/// <summary>Writes a sex as the claim model's JSON does (<c>F</c>, <c>M</c>, <c>U</c>), so one document uses one form.</summary>
internal sealed class AdministrativeSexJsonConverter : JsonConverter<AdministrativeSex>
{
    public override AdministrativeSex Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && AdministrativeSexExtensions.TryParse(reader.GetString(), out var sex)
            ? sex
            : throw new JsonException("Expected \"F\", \"M\" or \"U\".");

    public override void Write(Utf8JsonWriter writer, AdministrativeSex value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToClaimValue());
}
