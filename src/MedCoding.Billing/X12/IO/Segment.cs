using System.Globalization;

namespace MedCoding.Billing.X12.IO;

/// <summary>One segment of an X12 file, with typed element access that reports the position at fault.</summary>
internal sealed class Segment(int index, string[] elements, char component, SegmentReader? pool = null)
{
    /// <summary>Gets the 1-based position of the segment in the file.</summary>
    public int Index { get; } = index;

    public string Id => elements[0];

    /// <summary>Gets the number of elements after the id.</summary>
    public int Count => elements.Length - 1;

    public char ComponentSeparator { get; } = component;

    /// <summary>Returns element <paramref name="position"/> (1-based), or empty when absent.</summary>
    public string this[int position] => position < elements.Length ? elements[position] : string.Empty;

    public X12FormatException Error(int position, string problem) => new(Index, Id, position, problem);

    public string Required(int position, string what) =>
        this[position].Length > 0 ? this[position] : throw Error(position, $"required: expected {what}.");

    public string? Optional(int position) => this[position].Length > 0 ? this[position] : null;

    public decimal Amount(int position, string what) => ParseAmount(Required(position, what), position, what);

    public decimal? OptionalAmount(int position, string what) => this[position].Length > 0 ? ParseAmount(this[position], position, what) : null;

    public DateOnly Date(int position, string what) =>
        DateOnly.TryParseExact(Required(position, what), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(position, $"expected {what} written CCYYMMDD.");

    public string[] Components(int position)
    {
        var parts = this[position].Split(ComponentSeparator);
        if (pool is not null)
        {
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = pool.Intern(parts[i]);
            }
        }

        return parts;
    }

    private decimal ParseAmount(string text, int position, string what) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(position, $"expected {what} as a decimal number.");
}
