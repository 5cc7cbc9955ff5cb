using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedCoding.Billing.Json;

/// <summary>Writes an NPI as its ten digits and reads only valid NPIs.</summary>
internal sealed class NpiJsonConverter : JsonConverter<Npi>
{
    public override Npi Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("Expected an NPI as a string of ten digits.");
        }

        return Npi.TryParse(reader.GetString(), out var npi, out var error) ? npi : throw new JsonException(error);
    }

    public override void Write(Utf8JsonWriter writer, Npi value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
