package cn.shangliang.notification;

import cn.shangliang.common.web.AttentionItem;
import cn.shangliang.common.web.AttentionSource;
import cn.shangliang.common.web.Ui;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * "Open for you" on a resident's home page: not what they must do, but what they may take part in now in their
 * community — each feature says what of its own is open ({@link OpenForYou}: a hearing taking registrations, a
 * proposal gathering co-signatures, a budget cycle taking proposals). An owner's open vote is the assembly's
 * own home-page item.
 */
@ApplicationScoped
public class OpenForYouAttention implements AttentionSource {

    static final int LIMIT = OpenForYou.LIMIT;

    @Inject
    People people;

    @Inject
    Ui ui;

    @Inject
    @Any
    Instance<OpenForYou> features;

    @Override
    @Transactional
    public List<AttentionItem> itemsForCurrentUser() {
        if (people.callerAccount().isEmpty()) {
            return List.of();
        }
        long account = people.callerAccount().get();
        Set<Long> communities = people.callerHomeCommunities();
        if (communities.isEmpty()) {
            return List.of();
        }
        NotificationMessages msg = ui.bundle(NotificationMessages.class);
        List<AttentionItem> items = new ArrayList<>();
        features.stream().sorted(Comparator.comparingInt(OpenForYou::order))
                .forEach(f -> items.addAll(f.openFor(account, communities, msg)));
        return items;
    }
}
