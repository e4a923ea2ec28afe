using Dispatch.Domain.Common;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Hotline;

/// <summary>
/// Checks a ticket as the 12345 system sent it, before anything is kept: the ticket id (it is the idempotency key),
/// bounded text, the deadline class, and a place (a location, an address, or both). Whether the place lies in the county
/// and the category is known is intake's and the mapping's business, not this check's.
/// </summary>
public sealed record HotlineTicketCheck(HotlineTicket? Ticket, IReadOnlyDictionary<string, string[]> Errors)
{
    public const int CategoryText = 64, Address = 200, ContactName = 64, ContactPhone = 32;

    public static HotlineTicketCheck Of(string? ticketId, string? category, string? description, string? address, double? lat, double? lon,
        string? deadlineClass, string? contactName, string? contactPhone, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        void Error(string field, string message) => errors[field] = [message];

        if (!InputLimits.IsId(ticketId)) Error("ticketId", $"工单编号必填，最多 {InputLimits.Id} 个字母、数字、-、_ 或 .");
        if (string.IsNullOrWhiteSpace(category) || category.Length > CategoryText) Error("category", $"请填写诉求分类（最多 {CategoryText} 字）");
        if (string.IsNullOrWhiteSpace(description) || description.Length > InputLimits.Text) Error("description", $"请填写诉求内容（最多 {InputLimits.Text} 字）");
        if (address is { Length: > Address }) Error("address", $"地址最多 {Address} 字");
        if (HotlineDeadlineClass.LimitOf(deadlineClass) is null) Error("deadlineClass", "办理时限须为 2h、24h、7d 或 15d");
        if (contactName is { Length: > ContactName }) Error("contact.name", $"联系人姓名最多 {ContactName} 字");
        if (contactPhone is { Length: > ContactPhone }) Error("contact.phone", $"联系电话最多 {ContactPhone} 个字符");

        GeoPoint? location = null;
        if (lat is not null || lon is not null)
        {
            var point = new GeoPoint(lat ?? double.NaN, lon ?? double.NaN);
            if (point.IsValid) location = point;
            else Error("location", "位置须同时包含有效的 lat 和 lon");
        }
        else if (string.IsNullOrWhiteSpace(address)) Error("location", "请提供位置 {lat, lon} 或地址");

        if (errors.Count > 0) return new(null, errors);
        var contact = contactName is null && contactPhone is null ? null : new HotlineContact(contactName?.Trim(), contactPhone?.Trim());
        return new(new HotlineTicket(ticketId!, category!.Trim(), description!.Trim(), string.IsNullOrWhiteSpace(address) ? null : address.Trim(),
            location, deadlineClass!, contact, now), new Dictionary<string, string[]>());
    }
}
