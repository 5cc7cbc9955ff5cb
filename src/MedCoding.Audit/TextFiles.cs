using MedCoding.CodeSets;

namespace MedCoding.Audit;

/// <summary>Opens a text file for a reader of this assembly, turning a failure to read it into a <see cref="DataFileException"/> naming the file.</summary>
internal static class TextFiles
{
    public static T Read<T>(string path, string description, Func<TextReader, string, T> read)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            using var reader = new StreamReader(path);
            return read(reader, path);
        }
        catch (Exception e) when (e is IOException and not DataFileException or UnauthorizedAccessException)
        {
            throw new DataFileException(path, null, $"The {description} could not be read: {MessageText.DescribeIOError(e)}", e);
        }
    }
}
