using System.Text.Json;
using System.Text.Json.Serialization;
using MedCoding.Claims;

namespace MedCoding.Billing.Json;

/// <summary>Writes a sex as the claim model's JSON does (<c>F</c>, <c>M</c>, <c>U</c>), so one document uses one form.</summary>
internal sealed class AdministrativeSexJsonConverter : JsonConverter<AdministrativeSex>
{
    public override AdministrativeSex Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType != JsonTokenType.String
            ? throw new JsonException("Expected \"F\", \"M\" or \"U\".")
            : reader.GetString() switch
            {
                "F" => AdministrativeSex.Female,
                "M" => AdministrativeSex.Male,
                "U" => AdministrativeSex.Unknown,
                _ => throw new JsonException("Expected \"F\", \"M\" or \"U\"."),
            };

    public override void Write(Utf8JsonWriter writer, AdministrativeSex value, JsonSerializerOptions options) => writer.WriteStringValue(value switch
    {
        AdministrativeSex.Female => "F",
        AdministrativeSex.Male => "M",
        _ => "U",
    });
}
