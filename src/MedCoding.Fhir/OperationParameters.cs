using System.Globalization;
using Hl7.Fhir.Model;

namespace MedCoding.Fhir;

/// <summary>
/// Reads the input <see cref="Parameters"/> of an operation by name: primitive values whatever their FHIR type, a
/// <c>Coding</c>, a <c>CodeableConcept</c>, a date of service, a boolean or an integer. A value of the wrong shape is a
/// 400 error naming the parameter.
/// </summary>
internal readonly struct OperationParameters(Parameters? parameters)
{
    private readonly List<Parameters.ParameterComponent> _items = parameters?.Parameter ?? [];

    public string? String(string name)
    {
        foreach (var item in _items)
        {
            if (string.Equals(item.Name, name, StringComparison.Ordinal) && item.Value is PrimitiveType value)
            {
                var text = value.ToString();
                return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
            }
        }

        return null;
    }

    public IEnumerable<string> Strings(string name)
    {
        foreach (var item in _items)
        {
            if (string.Equals(item.Name, name, StringComparison.Ordinal) && item.Value is PrimitiveType value
                && value.ToString() is { Length: > 0 } text)
            {
                yield return text.Trim();
            }
        }
    }

    public Coding? Coding(string name) => Find(name)?.Value as Coding;

    public CodeableConcept? CodeableConcept(string name) => Find(name)?.Value as CodeableConcept;

    public Resource? Resource(string name) => Find(name)?.Resource;

    public bool? Boolean(string name)
    {
        var value = Find(name)?.Value;
        return value switch
        {
            null => null,
            FhirBoolean b => b.Value,
            PrimitiveType p when bool.TryParse(p.ToString(), out var parsed) => parsed,
            _ => throw Outcomes.BadRequest($"The parameter '{name}' must be true or false."),
        };
    }

    public int? Integer(string name, int min)
    {
        var value = Find(name)?.Value;
        int? number = value switch
        {
            null => null,
            Integer i => i.Value,
            PrimitiveType p when int.TryParse(p.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => throw Outcomes.BadRequest($"The parameter '{name}' must be a whole number."),
        };
        return number < min ? throw Outcomes.BadRequest($"The parameter '{name}' must be at least {min}.") : number;
    }

    /// <summary>Returns the date of service a <c>date</c> parameter gives (a full date, or a dateTime whose date is taken).</summary>
    public DateOnly? Date(string name)
    {
        if (String(name) is not { } text)
        {
            return null;
        }

        return text.Length >= 10 && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Outcomes.BadRequest($"The parameter '{name}' must be a full date (yyyy-MM-dd), the date of service that selects the release.");
    }

    /// <summary>Adds a parameter made of parts (a designation, a property, a match) to an operation's output.</summary>
    public static void AddParts(Parameters result, string name, params (string Name, DataType Value)[] parts)
    {
        var parameter = new Parameters.ParameterComponent { Name = name };
        foreach (var (partName, value) in parts)
        {
            parameter.Part.Add(new Parameters.ParameterComponent { Name = partName, Value = value });
        }

        result.Parameter.Add(parameter);
    }

    private Parameters.ParameterComponent? Find(string name)
    {
        foreach (var item in _items)
        {
            if (string.Equals(item.Name, name, StringComparison.Ordinal))
            {
                return item;
            }
        }

        return null;
    }
}
