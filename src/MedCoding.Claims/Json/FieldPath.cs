namespace MedCoding.Claims.Json;

/// <summary>Turns System.Text.Json paths (<c>$.lines[0].units</c>) into the field names errors give.</summary>
internal static class FieldPath
{
    /// <summary>What <c>stay.dischargeStatus</c> holds.</summary>
    public const string DischargeStatus = "two digits in a string, the UB-04 patient discharge status (\"01\")";

    public static string FromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return string.Empty;
        }

        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    public static string Child(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    public static string Item(string parent, int index) => $"{parent}[{index}]";

    /// <summary>Describes what a field holds, from its last name: the message never shows the value.</summary>
    public static string Expectation(string field)
    {
        var leaf = field;
        var dot = leaf.LastIndexOf('.');
        if (dot >= 0)
        {
            leaf = leaf[(dot + 1)..];
        }

        var bracket = leaf.IndexOf('[', StringComparison.Ordinal);
        var isItem = bracket >= 0;
        if (isItem)
        {
            leaf = leaf[..bracket];
        }

        return leaf switch
        {
            "units" or "charge" => "a number",
            "diagnosisPointers" => isItem ? "a whole number (a 1-based pointer to a diagnosis)" : "an array of whole numbers",
            "dateOfService" or "date" or "birthDate" or "admissionDate" or "dischargeDate" => "a date written YYYY-MM-DD",
            "dischargeStatus" => DischargeStatus,
            "lengthOfStay" => "a whole number of days",
            "modifiers" => isItem ? "a string (a two-character modifier)" : "an array of strings",
            "diagnoses" or "procedures" or "lines" => isItem ? "an object" : "an array of objects",
            "patient" or "stay" => "an object",
            "" => "a claim object",
            _ => "a string",
        };
    }
}
