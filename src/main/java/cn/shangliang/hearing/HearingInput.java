package cn.shangliang.hearing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** What callers send, for the API (JSON) and the pages (forms turned into the same records). */
public final class HearingInput {
    private HearingInput() {
    }

    /**
     * A hearing as staff plan it. The quota fields and the observer capacity may be left out: the configured
     * defaults then apply.
     */
    public record HearingRequest(
            @NotBlank(message = "请填写听证事项") @Size(max = 200, message = "听证事项不超过200字") String title,
            @NotBlank(message = "请说明需要听证的事项") @Size(max = 20000, message = "内容过长") String matter,
            @NotBlank(message = "请提供草案") @Size(max = 60000, message = "内容过长") String draft,
            @NotBlank(message = "请提供起草说明") @Size(max = 20000, message = "内容过长") String explanation,
            @NotBlank(message = "请填写听证组织单位") @Size(max = 120, message = "不超过120字") String sponsor,
            @NotBlank(message = "请填写主持人") @Size(max = 60, message = "不超过60字") String presidingOfficer,
            @NotBlank(message = "请填写记录人") @Size(max = 60, message = "不超过60字") String recorder,
            @NotBlank(message = "请填写听证地点") @Size(max = 200, message = "不超过200字") String place,
            @NotNull(message = "请填写听证日期") LocalDate hearingDate,
            @NotNull(message = "请填写开始时间") LocalTime startsAt,
            @NotNull(message = "请填写报名开始日期") LocalDate registrationOpens,
            @NotNull(message = "请填写报名截止日期") LocalDate registrationCloses,
            @NotNull(message = "请填写确定代表名单（抽签）的日期") LocalDate participantsFixedOn,
            @NotBlank(message = "请说明代表遴选办法") @Size(max = 5000, message = "内容过长") String selectionMethod,
            @NotBlank(message = "请说明抽签种子的来源") @Size(max = 300, message = "不超过300字") String seedSource,
            @NotEmpty(message = "请填写各类代表的席位数") Map<RepresentativeCategory, @NotNull(message = "请填写席位数") @Min(value = 0, message = "席位数不能为负数") @Max(value = 500, message = "席位数过多") Integer> seats,
            @Min(value = 1, message = "代表人数至少为1") @Max(value = 500, message = "代表人数过多") Integer minRepresentatives,
            @Size(max = 20, message = "格式如 >= 1/3") String representativeShare,
            Boolean stakeholdersOutnumberResidents,
            @Min(value = 0, message = "旁听名额不能为负数") @Max(value = 10000, message = "旁听名额过多") Integer observerCapacity,
            @Size(max = 10, message = "关联事项最多10项") List<@Valid @NotNull LinkInput> links) {
    }

    /** A reference to a proposal, resolution, project or owners' decision kept in another feature. */
    public record LinkInput(
            @NotNull(message = "请选择关联事项的类型") LinkType type,
            Long refId,
            @NotBlank(message = "请填写关联事项的名称") @Size(max = 200, message = "不超过200字") String title,
            @Size(max = 300, message = "链接不超过300字") String url) {
    }

    public record ApplicationRequest(
            @NotNull(message = "请选择报名方式") ApplicationKind kind,
            RepresentativeCategory category,
            @Size(max = 500, message = "简短陈述不超过500字") String statement) {
    }

    public record SeedRequest(@NotBlank(message = "请填写抽签种子") @Size(max = 200, message = "抽签种子不超过200字") String seed) {
    }

    public record AttendanceRequest(@NotNull(message = "请提交出席名单") List<@NotNull Long> present) {
    }

    public record StatementRequest(
            @NotNull(message = "请选择议程环节") SessionStage stage,
            Long applicationId,
            @Size(max = 100, message = "发言人不超过100字") String speaker,
            StatementPosition position,
            @NotBlank(message = "请记录发言内容") @Size(max = 20000, message = "内容过长") String content) {
    }

    public record SignOffRequest(
            @NotNull(message = "请选择确认方式") SignOff decision,
            @Size(max = 5000, message = "内容过长") String note) {
    }

    public record ReportRequest(
            @NotBlank(message = "请填写听证情况概述") @Size(max = 20000, message = "内容过长") String summary,
            @NotBlank(message = "请归纳赞成的意见") @Size(max = 20000, message = "内容过长") String viewsFor,
            @NotBlank(message = "请归纳反对的意见") @Size(max = 20000, message = "内容过长") String viewsAgainst,
            @NotBlank(message = "请说明采纳了哪些意见及理由") @Size(max = 20000, message = "内容过长") String adopted,
            @NotBlank(message = "请说明未采纳的意见及理由") @Size(max = 20000, message = "内容过长") String notAdopted,
            @NotNull(message = "请关联听证所服务的决策") @Valid LinkInput decision) {
    }

    public record CancelRequest(@NotBlank(message = "请说明取消的理由") @Size(max = 2000, message = "内容过长") String reason) {
    }
}
