namespace MedCoding.Icd10Pcs;

/// <summary>
/// Returns one row of the Device Aggregation table of CMS's ICD-10-PCS Definitions: a specific device and the general
/// device value it is coded to, for a root operation and body systems, e.g. <c>Cardiac Lead, Defibrillator</c>, for
/// Insertion in Heart and Great Vessels, is coded to device value <c>M</c> Cardiac Lead.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class PcsDeviceAggregate
{
    private readonly string[] _bodySystems;

    internal PcsDeviceAggregate(string device, string operation, string[] bodySystems, char parentCharacter, string parent)
    {
        Device = device;
        Operation = operation;
        _bodySystems = bodySystems;
        ParentCharacter = parentCharacter;
        Parent = parent;
    }

    /// <summary>Gets the specific device, e.g. <c>Cardiac Lead, Defibrillator</c>.</summary>
    public string Device { get; }

    /// <summary>Gets the root operation it applies to, as published: an operation (<c>Insertion</c>) or <c>All applicable</c>.</summary>
    public string Operation { get; }

    /// <summary>Gets the body systems it applies to, e.g. <c>Heart and Great Vessels</c>.</summary>
    public IReadOnlyList<string> BodySystems => _bodySystems;

    /// <summary>Gets the character of the general device value it is coded to, e.g. <c>M</c>.</summary>
    public char ParentCharacter { get; }

    /// <summary>Gets the label of the general device value it is coded to, e.g. <c>Cardiac Lead</c>.</summary>
    public string Parent { get; }

    /// <summary>Returns the device and where it is coded, e.g. <c>Cardiac Lead, Defibrillator (Insertion in Heart and Great Vessels) -&gt; M Cardiac Lead</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{Device} ({Operation} in {string.Join(", ", _bodySystems)}) -> {ParentCharacter} {Parent}";
}
