namespace MedCoding.Encoder;

internal static partial class DocumentPaths
{
    // Until the index model is merged: no index term to describe.
    private static partial IReadOnlyList<string>? OfIndexTerm(object origin, string? heading) => null;
}
