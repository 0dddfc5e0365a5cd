package jp.shokuba.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jp.shokuba.platform.ByteSize;

/** File sizes on the pages ({@code #{sizes.readable(a.size)}}): "31.6 KB", never "32362 bytes". */
@Named
@ApplicationScoped
public class Sizes {

    public String readable(long bytes) {
        return ByteSize.readable(bytes);
    }
}
