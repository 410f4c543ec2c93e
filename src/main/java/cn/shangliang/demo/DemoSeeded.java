package cn.shangliang.demo;

/**
 * Fired (inside the seeding transaction) after the base demo data (subdistrict, communities, estates, roster,
 * accounts) was loaded into an empty database. Each feature observes it to add its own demo data.
 */
public record DemoSeeded() {
}
