namespace MedCoding.Hcpcs;

/// <summary>
/// Identifies what a record of the HCPCS alpha-numeric file describes (its record identification code, column 11).
/// </summary>
public enum HcpcsRecordKind
{
    /// <summary>A procedure, supply, drug or service code (record identification code 3, continued by 4).</summary>
    Procedure = 1,

    /// <summary>A Level II modifier (record identification code 7, continued by 8).</summary>
    Modifier = 2,
}
