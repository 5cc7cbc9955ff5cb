using MedCoding.CodeSets;

namespace MedCoding.ClaimEdits.Poa;

/// <summary>Returns one line of a POA-exempt list: the code's place in the classification, the code and its title.</summary>
/// <param name="OrderNumber">The code's order number in the ICD-10-CM order file of the year (the file's <c>Order26</c> column, five digits).</param>
/// <param name="Code">The ICD-10-CM code exempt from present-on-admission reporting.</param>
/// <param name="Description">The code's long title, as the list gives it.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public readonly record struct PoaExemptEntry(int OrderNumber, Icd10CmCode Code, string Description);
