using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedCoding.Billing.Json;

/// <summary>Writes an enum as its camel-case name and reads only names, never numbers.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
