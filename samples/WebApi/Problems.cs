namespace MedCoding.Samples.WebApi;

/// <summary>RFC 7807 problem details for bad input, each naming the field at fault (<c>field</c>) and never patient data.</summary>
internal static class Problems
{
    public static IResult BadRequest(string title, string detail, string field) =>
        Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: title, extensions: new Dictionary<string, object?> { ["field"] = field });

    public static IResult NotFound(string title, string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: title);
}
