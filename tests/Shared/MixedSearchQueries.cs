namespace MedCoding.Testing;

/// <summary>
/// The mixed set of encoder queries that the search's speed is measured on (by <c>EncoderSearchBenchmarks</c> and
/// <c>SearchSpeedTests</c>): index words in any order, a drug and a neoplasm row, a PCS operation, a code, a typo, a
/// Tabular title and everyday coder phrasing.
/// </summary>
internal static class MixedSearchQueries
{
    /// <summary>Gets the queries.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "diabetes type 2 with hyperglycemia",
        "acetaminophen poisoning accidental",
        "lung upper lobe neoplasm malignant primary",
        "resection appendix",
        "E11.65",
        "diabtes type 2",
        "overdose of acetaminophen, accidental, initial encounter",
        "Type 2 diabetes mellitus with hyperglycemia",
        "fracture neck of femur",
        "pneumonia",
        "fall from ladder",
        "chronic kidney disease stage 3",
        "hypertension with heart failure",
        "cholecystectomy laparoscopic",
    ];
}
